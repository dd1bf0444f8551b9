// The page's poster: the map's first view in a few kilobytes, drawn by the page shell while the program loads.
#pragma once
#include <string>
#include <vector>

#include "core/geo/geography.h"
#include "core/geo/map_geometry.h"

namespace atlas {

/*
 * Written at build time (src/poster/poster_data_main.cpp) for the built-in campaign; web/index.html reads it
 * (drawPoster) and src/poster/poster_view.cpp places it with the App's own layout and first camera.
 * Little-endian; uvar = unsigned LEB128, svar = zigzag uvar (as in the geography format):
 *   u8 version (1)
 *   f32 x 8   the map frame (MapFrame): story min_x, min_y, max_x, max_y, then world likewise (projected km)
 *   f32       q, the grid step in km of the coordinates below
 *   u8 x 18   colours, RGB: sea, land, panel paper, coast, lake shore, river (core/shell/palette.h)
 *   three line lists: land rings, lake rings (filled in the sea's colour over the land), then the major
 *   rivers (class 1 and 2, the ones the first view shows; open lines, source first), each:
 *     uvar line count; per line: uvar vertex count (>= 2), then per vertex svar dx, svar dy in steps of q:
 *     the first from (world min_x, world min_y), each next from the one before.
 * Lines are the geography's projected and simplified (Douglas-Peucker) to `tolerance_km`; rings smaller
 * than the tolerance are left out.
 */
std::string encode_poster(const Geography& geography, const MapGeometry& geometry, const MapFrame& frame,
                          double tolerance_km);

// Douglas-Peucker: no original vertex lies farther than `tolerance` from the result. A ring is closed (its
// last vertex joins its first); a line keeps its ends.
std::vector<MapKm> simplify_ring(const std::vector<MapKm>& ring, double tolerance);
std::vector<MapKm> simplify_line(const std::vector<MapKm>& line, double tolerance);

}  // namespace atlas
