// Presses, releases and pointer moves that arrive between frames, handed out so each frame sees one change per button.
// The stand-in for the input trickling of ImGui >= 1.87 (io.AddKeyEvent and its input queue): Debian's
// ImGui is 1.86, which samples state once a frame. With 1.87 or later this class can go.
#pragma once

#include <cstddef>
#include <vector>

namespace atlas {

// One input change. `id` names a key or a button (the platform's numbering); a move has id kMove.
struct InputEvent {
  static constexpr int kMove = -1;
  int id = kMove;
  bool down = false;
  float x = 0, y = 0;  // pointer position for moves and pointer buttons
  bool has_position = false;
};

// ImGui 1.86 reads the keys' and buttons' state once per frame. At a few frames a second a reader
// can press and release a key, or press it twice, between two frames; applied at once, those
// changes cancel out or merge and a press is lost. The queue keeps them in order and hands out, per
// frame, everything up to the second change of any one key or button; the rest waits for the next frame.
// A press somewhere new (a tap, or a click right after a fast move) gets a frame of its own for the
// pointer to arrive first: ImGui gives overlapping items (tabs) a click only where they were hovered.
class InputQueue {
 public:
  static constexpr std::size_t kMaxPending = 64;  // changes queued at most before the oldest presses go

  void press(int id, bool down);  // a repeated press of a key that is already down is dropped
  void button(int id, bool down, float x, float y);
  void move(float x, float y);
  std::vector<InputEvent> take_frame();  // this frame's share, in arrival order
  bool empty() const { return pending_.empty(); }
  bool is_down(int id) const;  // as of the last queued change

 private:
  void push(const InputEvent& e);
  void drop_oldest_press();
  std::vector<InputEvent> pending_;
  float x_ = -1e30f, y_ = -1e30f;  // the pointer as of the last event handed out
  std::vector<int> down_;  // ids down as of the last queued change
};

}  // namespace atlas
