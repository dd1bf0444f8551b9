// The reader's rules: what a click, a key, a panel or a link changes, where the camera should go, and
// what the page hears about it. No GL, no ImGui: the App executes the camera flights it returns.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/story/atlas_state.h"
#include "core/data/campaign.h"
#include "core/story/ledger.h"
#include "core/story/panel_table.h"
#include "core/story/timeline.h"
#include "core/story/url_params.h"

namespace atlas {

// What the reader asked for this frame, from the panels, the map and the keys.
struct ReaderRequests {
  int select_event = -1;     // select, set the date and fly the map there
  int select_chapter = -1;   // go to a chapter's start
  int select_place = -1;     // a city clicked on the map
  int select_decision = -1;  // go to the date of one of the decisions
  bool toggle_play = false;
  double set_day = -1;       // scrub to a day (>= 0)
  double set_speed = -1;     // days per second (> 0)
  int step = 0;              // -1 previous event, +1 next event
  bool open_sources = false; // switch the panels to the Sources tab
  bool save_image = false;   // the page saves a picture of the map (the App's, not the reader's state)
  int open_source = -1;      // the page opens a source's url in a new tab (an index into Campaign::sources)
  bool any() const {
    return select_event >= 0 || select_chapter >= 0 || select_place >= 0 || select_decision >= 0 || toggle_play ||
           set_day >= 0 || set_speed > 0 || step != 0 || open_sources;
  }
};

// Where the camera should go after a change.
struct FlyTarget {
  enum class Kind { None, Place, Army, View, Event };
  Kind kind = Kind::None;
  int place = -1;   // Place, Event: an index into Campaign::places
  double day = 0;   // Army, Event: the army where it was at this day
  ViewParam view;   // View: a link's centre and zoom
  int army = -1;    // Army, Event: an index into Campaign::armies (-1: none for an event)
  static FlyTarget to_place(int place) { return {Kind::Place, place, 0, {}, -1}; }
  static FlyTarget to_army(double day, int army = 0) { return {Kind::Army, -1, day, {}, army}; }
  static FlyTarget to_view(const ViewParam& view) { return {Kind::View, -1, 0, view, -1}; }
  // The event's place and, when near enough, its army at that day, framed together.
  static FlyTarget to_event(int place, double day, int army) { return {Kind::Event, place, day, {}, army}; }
};

// Where the keyboard acts this frame.
enum class KeysAt { Map, Panels, Timeline };
const char* to_string(KeysAt keys);        // "map", "panels", "timeline" (state().keys)
std::string keys_announcement(KeysAt keys);  // what a screen reader hears when the keys move there

// What the page should hear after a frame.
struct HostNotice {
  std::string announce;        // for the live region, when the selection or the keys moved
  std::string describe;        // the text mirror (JSON), when the selection changed
  bool state_changed = false;  // a new hash: update location.hash, tell the host
  bool push_history = false;   // ... as a history entry (the reader's own navigation)
  std::string hash;
};

class Navigator {
 public:
  // Moves `state`, which the App owns and the panels and the map read.
  explicit Navigator(AtlasState& state) : state_(state) {}
  // Without a campaign only the page's arrangement (panels, embed, the open panel) can change.
  // `central_meridian` is the map projection's: events at places far from it are shown by the army.
  void set_campaign(const Campaign& campaign, const Timeline& timeline, const Ledger& ledger, double central_meridian);

  // The page's arrangement: links and keys change it, the layout and the tabs follow it.
  bool panels = true, embed = false, sheet_open = false;
  std::optional<PanelId> open_panel;     // the tab shown
  std::optional<PanelId> panel_request;  // a tab to select on the next frame

  // Applies this frame's requests; returns where to fly (the last change that moves the map).
  FlyTarget apply(const ReaderRequests& requests);
  // Applies a link or host command; `initial`: the page's own link, at start. Values that name
  // nothing in this campaign are skipped with a warning.
  FlyTarget apply(const UrlParams& params, bool initial, std::vector<std::string>& warnings);
  // The link's panels= and embed= alone: the page's frame, which the first view is fitted into (the rest of
  // the link waits for the viewport).
  void apply_frame(const UrlParams& params);
  // The camera for an event: its place if in the theatre, else the army at the event's date.
  FlyTarget target_for_event(int event) const;

  // A panel's key: open it (and the phone's sheet, if the layout has one).
  void open_panel_by_key(PanelId panel, bool has_sheet);
  // Esc on the map: close the sheet, or else forget the clicked city.
  void escape();
  // Playback from the campaign's start (benchmarks, soak tests).
  void play_from_start(double speed);

  // The hash for the current state, seen through `view`; the default panel is left out.
  std::string hash(const ViewParam& view, PanelId default_panel) const;
  // After a frame: what changed that the page should hear. `settled`: nothing moves.
  HostNotice notice(KeysAt keys, bool settled, const ViewParam& view, PanelId default_panel);
  // The page already shows this state (it came from its history): no new entry for it.
  void page_shows(const ViewParam& view, PanelId default_panel) { last_hash_ = hash(view, default_panel); }

 private:
  int place_click_event(int place) const;
  void play(bool on);

  AtlasState& state_;
  const Campaign* campaign_ = nullptr;
  const Timeline* timeline_ = nullptr;
  const Ledger* ledger_ = nullptr;
  double central_meridian_ = 0;
  std::string last_hash_;
  int last_event_announced_ = -2;
  KeysAt keys_announced_ = KeysAt::Map;
  bool reader_navigated_ = false;  // the last change was the reader's choice (a history entry)
};

}  // namespace atlas
