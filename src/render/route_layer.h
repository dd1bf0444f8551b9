// Map layer: Khusrau's route as a band whose width is the plunder carried (after Minard), and the frontier.
#pragma once
#include "core/campaign.h"
#include "core/ledger.h"
#include "render/line_batch.h"
#include "render/map_projection.h"

namespace atlas {

class RouteLayer {
 public:
  // Subdivides each leg along its great circle; each point carries the day the army passed it and
  // the pounds of gold and silver it carried then (by weight: no exchange ratio is assumed).
  void create(const Campaign& campaign, const Ledger& ledger, const ProjectFn& project);
  void draw(const MapView& view) const;  // travelled part up to view.day, the rest faint
  void release();
  void forget();
  double max_weight_lb() const { return max_lb_; }
  // Half width in CSS px of the band for a weight in lb (the legend uses it too).
  static float half_width_for(double lb, double max_lb);

 private:
  LineBatch band_, gold_, frontier_;
  double max_lb_ = 1;
};

}  // namespace atlas
