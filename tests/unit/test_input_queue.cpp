// Unit tests of the input queue: taps between frames survive, double taps take two frames, order is kept.
#include <doctest/doctest.h>

#include "core/shell/input_queue.h"

using atlas::InputEvent;
using atlas::InputQueue;

namespace {

// Plays frames until the queue is empty; returns the key state each frame saw for `id`.
std::vector<bool> frames_seen(InputQueue& q, int id, bool start = false) {
  std::vector<bool> seen;
  bool down = start;
  while (!q.empty()) {
    for (const InputEvent& e : q.take_frame())
      if (e.id == id) down = e.down;
    seen.push_back(down);
  }
  return seen;
}

}  // namespace

TEST_CASE("a tap between two frames is seen down for one frame, then up") {
  InputQueue q;
  q.press(32, true);
  q.press(32, false);
  CHECK(frames_seen(q, 32) == std::vector<bool>{true, false});
}

TEST_CASE("two taps between frames are two presses, not one") {
  InputQueue q;
  for (int i = 0; i < 2; ++i) q.press(32, true), q.press(32, false);
  CHECK(frames_seen(q, 32) == std::vector<bool>{true, false, true, false});
}

TEST_CASE("a key still down from the last frame: its release and the next press take a frame each") {
  InputQueue q;
  q.press(32, true);
  CHECK(q.take_frame().size() == 1);  // a frame saw it down
  q.press(32, false);
  q.press(32, true);
  CHECK(frames_seen(q, 32, true) == std::vector<bool>{false, true});
}

TEST_CASE("key repeats and releases of keys never pressed are dropped") {
  InputQueue q;
  q.press(39, false);
  CHECK(q.empty());
  q.press(39, true);
  q.press(39, true);
  q.press(39, true);
  CHECK(q.take_frame().size() == 1);
  CHECK(q.empty());
  CHECK(q.is_down(39));
}

TEST_CASE("different keys change in the same frame; a blocked key holds back everything after it") {
  InputQueue q;
  q.press(16, true);   // Shift
  q.press(37, true);   // ←
  q.press(37, false);
  q.press(16, false);
  auto first = q.take_frame();
  REQUIRE(first.size() == 2);
  CHECK(first[0].id == 16);
  CHECK(first[1].id == 37);
  auto second = q.take_frame();
  REQUIRE(second.size() == 2);  // ← up, then Shift up: never Shift up before ← was released
  CHECK((second[0].id == 37 && !second[0].down));
  CHECK((second[1].id == 16 && !second[1].down));
}

TEST_CASE("a click carries its position; moves in a row merge into the last") {
  InputQueue q;
  q.move(1, 1);
  q.move(2, 2);
  q.button(512, true, 10, 20);
  q.button(512, false, 11, 21);
  q.move(50, 60);
  auto first = q.take_frame();  // the moves, and the pointer arriving where it will press
  REQUIRE(first.size() == 2);
  CHECK((first[0].id == InputEvent::kMove && first[0].x == 2));
  CHECK((first[1].id == InputEvent::kMove && first[1].x == 10 && first[1].y == 20));
  auto second = q.take_frame();  // the press, where the pointer already is
  REQUIRE(second.size() == 1);
  CHECK((second[0].id == 512 && second[0].down && second[0].x == 10 && second[0].y == 20));
  auto third = q.take_frame();
  REQUIRE(third.size() == 2);
  CHECK((!third[0].down && third[0].x == 11));
  CHECK((third[1].id == InputEvent::kMove && third[1].y == 60));
  CHECK(q.empty());
}

TEST_CASE("a press where the pointer already is needs no extra frame") {
  InputQueue q;
  q.move(5, 5);
  q.take_frame();
  q.button(512, true, 5, 5);
  auto f = q.take_frame();
  REQUIRE(f.size() == 1);
  CHECK(f[0].down);
}

TEST_CASE("a tap somewhere new: the pointer arrives a frame before the press (ImGui's hover needs it)") {
  InputQueue q;
  q.button(512, true, 40, 40), q.button(512, false, 40, 40);
  while (!q.empty()) q.take_frame();
  q.button(512, true, 300, 40), q.button(512, false, 300, 40);  // a second tap elsewhere, e.g. another tab
  auto arrive = q.take_frame();
  REQUIRE(arrive.size() == 1);
  CHECK((arrive[0].id == InputEvent::kMove && arrive[0].x == 300));
  auto press = q.take_frame();
  REQUIRE(press.size() == 1);
  CHECK((press[0].id == 512 && press[0].down));
}

TEST_CASE("a double click between two frames is two clicks") {
  InputQueue q;
  for (int i = 0; i < 2; ++i) q.button(512, true, 5, 5), q.button(512, false, 5, 5);
  CHECK(frames_seen(q, 512) == std::vector<bool>{false, true, false, true, false});  // a frame to arrive first
}

TEST_CASE("a flood of presses is bounded: the last key is handled within a few frames, held keys stay held") {
  InputQueue q;
  const int right = 39, end = 35, shift = 16;
  q.press(shift, true);  // held through the flood
  for (int i = 0; i < 5000; ++i) q.press(right, true), q.press(right, false);
  q.press(end, true), q.press(end, false);
  int frames = 0, rights = 0, end_frame = -1, shift_downs = 0;
  bool right_down = false;
  while (!q.empty() && frames < 10000) {
    ++frames;
    for (const InputEvent& e : q.take_frame()) {
      if (e.id == right) { CHECK(e.down != right_down); right_down = e.down; rights += e.down; }  // down, up, down…
      if (e.id == end && e.down) end_frame = frames;
      if (e.id == shift) shift_downs += e.down ? 1 : -1;
    }
  }
  MESSAGE("End handled in frame " << end_frame << " after " << rights << " of 5,000 presses");
  CHECK(end_frame > 0);
  CHECK(end_frame <= static_cast<int>(InputQueue::kMaxPending));  // was frame 10,001
  CHECK(!right_down);
  CHECK(shift_downs == 1);
  CHECK(q.is_down(shift));
  CHECK_FALSE(q.is_down(right));
}
