// Presses, releases and pointer moves that arrive between frames, handed out so each frame sees one change per button.
#include "core/shell/input_queue.h"

#include <algorithm>
#include <cmath>

namespace atlas {

bool InputQueue::is_down(int id) const { return std::find(down_.begin(), down_.end(), id) != down_.end(); }

void InputQueue::push(const InputEvent& e) {
  if (e.id != InputEvent::kMove) {
    if (is_down(e.id) == e.down) return;  // no change: a key repeat, or a release never pressed here
    if (e.down) down_.push_back(e.id);
    else down_.erase(std::find(down_.begin(), down_.end(), e.id));
    if (pending_.size() >= kMaxPending) drop_oldest_press();
  }
  pending_.push_back(e);
}

// A flood (thousands of presses queued while frames are slow): the oldest whole press, down and up,
// goes, as if it had never been made; the newest keys are handled within a few frames, and every key
// still ends as it was last left.
void InputQueue::drop_oldest_press() {
  for (auto down = pending_.begin(); down != pending_.end(); ++down) {
    if (down->id == InputEvent::kMove || !down->down) continue;
    const int id = down->id;
    const auto up = std::find_if(down + 1, pending_.end(), [id](const InputEvent& e) { return e.id == id; });
    if (up == pending_.end()) continue;  // still held: its press stays
    pending_.erase(up);
    pending_.erase(down);
    return;
  }
}

void InputQueue::press(int id, bool down) { push({id, down, 0, 0, false}); }

void InputQueue::button(int id, bool down, float x, float y) { push({id, down, x, y, true}); }

void InputQueue::move(float x, float y) {
  if (!pending_.empty() && pending_.back().id == InputEvent::kMove) {  // consecutive moves: keep the last
    pending_.back().x = x, pending_.back().y = y;
    return;
  }
  push({InputEvent::kMove, false, x, y, true});
}

std::vector<InputEvent> InputQueue::take_frame() {
  std::vector<int> changed;
  size_t n = 0;
  std::vector<InputEvent> out;
  const float x0 = x_, y0 = y_;  // where ImGui saw the pointer last frame
  for (; n < pending_.size(); ++n) {
    const InputEvent& e = pending_[n];
    if (e.id != InputEvent::kMove) {
      if (std::find(changed.begin(), changed.end(), e.id) != changed.end()) break;  // its second change: next frame
      const bool finite = std::isfinite(e.x) && std::isfinite(e.y);  // (a NaN would never "arrive")
      if (e.down && e.has_position && finite && (e.x != x0 || e.y != y0)) {  // the pointer arrives this frame, the press next
        if (e.x != x_ || e.y != y_) out.push_back({InputEvent::kMove, false, e.x, e.y, true});
        x_ = e.x, y_ = e.y;
        break;
      }
      changed.push_back(e.id);
    }
    if (e.has_position) x_ = e.x, y_ = e.y;
    out.push_back(e);
  }
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
  return out;
}

}  // namespace atlas
