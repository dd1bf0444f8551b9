// Map layer: each army's route as a band whose width is what its file measures (plunder carried, troop
// strength, after Minard) or a plain line, travelled up to the date and faint beyond; and the frontier.
#pragma once
#include "core/story/ledger.h"
#include "core/geo/map_geometry.h"
#include "core/shell/palette.h"
#include "render/line_batch.h"

#include <vector>

namespace atlas {

class RouteLayer {
 public:
  // Uploads every army's route (already subdivided along its great circles); each point carries the
  // day the army passed it, as days since the campaign's start, and the band's width then: pounds of
  // gold and silver carried (by weight: no exchange ratio is assumed) or men, relative to the most.
  void create(const Campaign& campaign, const MapGeometry& geometry, const Ledger& ledger);
  void draw(const MapView& view) const;  // travelled part up to view.day, the rest faint
  void release();
  void forget();

 private:
  struct ArmyLines {
    // Legs the sources describe, and (dashed) legs that are a guess; gold: the gold of a plunder band.
    LineBatch band, gold, guessed_band, guessed_gold;
    palette::Rgb colour;
    bool measured = false;  // the band's width means something (plunder, strength)
    bool plunder = false;
  };
  std::vector<ArmyLines> armies_;
  LineBatch frontier_;
  int start_day_ = 0;  // the route's times count from here
};

}  // namespace atlas
