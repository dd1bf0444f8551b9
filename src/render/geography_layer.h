// Map layer: land, lakes, engraved water lines along the shore, coast ink and rivers tapering upstream.
#pragma once
#include <string>

#include "core/geo/geography.h"
#include "core/geo/projection.h"
#include "render/fill_batch.h"
#include "render/line_batch.h"

namespace atlas {

class GeographyLayer {
 public:
  // Projects and uploads everything once. Needs the line and fill programs.
  void create(const Geography& geo, const LambertConic& projection);
  void draw_under_land(const MapView& view) const;  // water lines in the sea
  void draw_land(const MapView& view, bool rivers = true) const;  // land, lakes, shores, rivers
  void release();
  void forget();
  Bounds bounds() const { return bounds_; }         // projected km of the theatre

 private:
  FillBatch land_, lakes_;
  LineBatch coast_, lake_shores_, major_rivers_, minor_rivers_;
  Bounds bounds_;
};

}  // namespace atlas
