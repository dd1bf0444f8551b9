// bench/run's reference maps: the view they open on (the atlas's first view at 1280x800) and the atlas's palette (src/core/shell/palette.h).
window.BENCH = {
  view: { west: 35.48, south: 30.92, east: 50.18, north: 38.62 },  // the atlas's scale; its panel covers the right third
  colour: { sea: '#B9CBC6', land: '#EFE6CF', coast: '#6E6352', river: '#6F95A0', route: '#8C2F1B', ink: '#2E261D' },
  riverWidth: { 1: 2, 2: 1.5, 3: 1, 4: 0.7 },  // by class, 1 major .. 4 minor
  frames: 0,  // pictures drawn, counted by each page its own way; bench/run reads it around the scripted pan
};
