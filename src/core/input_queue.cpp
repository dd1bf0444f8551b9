// Presses, releases and pointer moves that arrive between frames, handed out so each frame sees one change per button.
#include "core/input_queue.h"

#include <algorithm>

namespace atlas {

bool InputQueue::is_down(int id) const { return std::find(down_.begin(), down_.end(), id) != down_.end(); }

void InputQueue::push(const InputEvent& e) {
  if (e.id != InputEvent::kMove) {
    if (is_down(e.id) == e.down) return;  // no change: a key repeat, or a release never pressed here
    if (e.down) down_.push_back(e.id);
    else down_.erase(std::find(down_.begin(), down_.end(), e.id));
  }
  pending_.push_back(e);
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
  for (; n < pending_.size(); ++n) {
    const int id = pending_[n].id;
    if (id == InputEvent::kMove) continue;
    if (std::find(changed.begin(), changed.end(), id) != changed.end()) break;  // its second change: next frame
    changed.push_back(id);
  }
  std::vector<InputEvent> out(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
  pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
  return out;
}

}  // namespace atlas
