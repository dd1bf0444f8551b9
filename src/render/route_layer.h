// Map layer: Khusrau's route as a band whose width is the plunder carried (after Minard), and the frontier.
#pragma once
#include "core/story/ledger.h"
#include "core/geo/map_geometry.h"
#include "render/line_batch.h"

namespace atlas {

class RouteLayer {
 public:
  // Uploads the route (already subdivided along its great circles); each point carries the day the
  // army passed it, as days since the campaign's start, and the pounds of gold and silver it carried
  // then (by weight: no exchange ratio is assumed).
  void create(const Campaign& campaign, const MapGeometry& geometry, const Ledger& ledger);
  void draw(const MapView& view) const;  // travelled part up to view.day, the rest faint
  void release();
  void forget();

 private:
  LineBatch band_, gold_, frontier_;
  int start_day_ = 0;  // the route's times count from here
};

}  // namespace atlas
