// Builds the geography meshes once (projected to km) and draws them in a restrained period palette.
#include "render/geography_layer.h"

#include <algorithm>
#include <cmath>

#include "core/shell/palette.h"

namespace atlas {
namespace {

void fill_mesh(const GeoMesh& mesh, const LambertConic& projection, FillBatch& batch, Bounds* bounds) {
  std::vector<float> xy;
  xy.reserve(mesh.vertices.size() * 2);
  for (const GeoDeg& p : mesh.vertices) {
    const MapKm v = projection.forward(p);
    xy.push_back(static_cast<float>(v.x));
    xy.push_back(static_cast<float>(v.y));
    if (bounds) {
      bounds->min_x = std::min(bounds->min_x, v.x), bounds->max_x = std::max(bounds->max_x, v.x);
      bounds->min_y = std::min(bounds->min_y, v.y), bounds->max_y = std::max(bounds->max_y, v.y);
    }
  }
  batch.upload(xy, mesh.indices);
}

void line_mesh(const std::vector<std::vector<GeoDeg>>& lines, const LambertConic& projection, LineBatch& batch) {
  LineMesh mesh;
  std::size_t points = 0;
  for (const auto& line : lines) points += line.size();
  reserve_polylines(mesh, points, lines.size(), true);
  std::vector<LinePoint> pts;
  for (const auto& line : lines) {
    pts.clear();
    for (const GeoDeg& p : line) pts.push_back({projection.forward(p), 0.0f, 0.0f});
    extrude_polyline(pts, true, mesh);
  }
  batch.upload(mesh);
}

void river_mesh(const std::vector<GeoRiver>& rivers, bool major, const LambertConic& projection, LineBatch& batch) {
  LineMesh mesh;
  std::vector<LinePoint> pts;
  for (const GeoRiver& r : rivers) {
    if ((r.river_class <= 2) != major) continue;
    pts.clear();
    for (size_t i = 0; i < r.points.size(); ++i)
      pts.push_back({projection.forward(r.points[i]), i < r.taper.size() ? r.taper[i] : 1.0f, 0.0f});
    extrude_polyline(pts, true, mesh);
  }
  batch.upload(mesh);
}

using palette::set_rgba;

// Rivers and shores thicken gently as the reader zooms in.
float zoom_weight(const MapView& v) {
  return static_cast<float>(std::clamp(std::sqrt(v.camera.px_per_km / v.pixel_ratio / 0.9), 0.7, 1.6));
}

}  // namespace

void GeographyLayer::create(const Geography& geo, const LambertConic& projection) {
  bounds_ = {1e30, 1e30, -1e30, -1e30};
  fill_mesh(geo.land, projection, land_, &bounds_);
  fill_mesh(geo.lakes, projection, lakes_, nullptr);
  line_mesh(geo.coastlines, projection, coast_);
  line_mesh(geo.lake_shores, projection, lake_shores_);
  river_mesh(geo.rivers, true, projection, major_rivers_);
  river_mesh(geo.rivers, false, projection, minor_rivers_);
}

void GeographyLayer::draw_under_land(const MapView& v) const {
  LineStyle water;
  set_rgba(water.rgba, palette::sea_line, 0.55f);
  water.half_width = 13.0f;
  water.mode = 2;
  water.pattern[0] = 3.6f;  // spacing of the engraved lines, CSS px
  water.pattern[1] = 0.9f;  // their thickness
  coast_.draw(v, water);
}

void GeographyLayer::draw_land(const MapView& v, bool rivers) const {
  float land[4], lake[4];
  set_rgba(land, palette::land, 1.0f);
  set_rgba(lake, palette::sea, 1.0f);
  land_.draw(v, land, 0.025f);
  lakes_.draw(v, lake, 0.0f);
  const float w = zoom_weight(v);
  LineStyle ink;
  set_rgba(ink.rgba, palette::coast, 0.85f);
  ink.half_width = 0.55f * w;
  coast_.draw(v, ink);
  LineStyle shore = ink;  // lakes: a lighter line, so small ones do not read as specks
  set_rgba(shore.rgba, palette::sea_line, 0.9f);
  shore.half_width = 0.4f * w;
  lake_shores_.draw(v, shore);
  if (!rivers) return;
  LineStyle river;
  set_rgba(river.rgba, palette::river, 0.95f);
  river.half_width = 0.35f * w;
  river.half_width_per_unit = 0.95f * w;
  major_rivers_.draw(v, river);
  if (v.camera.px_per_km / v.pixel_ratio > 0.6) {  // minor rivers only once zoomed in
    set_rgba(river.rgba, palette::river, 0.7f);
    river.half_width = 0.25f * w;
    river.half_width_per_unit = 0.5f * w;
    minor_rivers_.draw(v, river);
  }
}

void GeographyLayer::release() {
  land_.release(), lakes_.release(), coast_.release(), lake_shores_.release();
  major_rivers_.release(), minor_rivers_.release();
}

void GeographyLayer::forget() {
  land_.forget(), lakes_.forget(), coast_.forget(), lake_shores_.forget();
  major_rivers_.forget(), minor_rivers_.forget();
}

}  // namespace atlas
