// Which function draws each panel of core/story/panel_table: the table's drawing side, keyed by PanelId.
#include "ui/panel.h"

namespace atlas::ui {

void draw_panel(PanelId id, PanelContext& ctx) {
  switch (id) {  // no default: the compiler names a panel added to the table but not here
    case PanelId::Event: return draw_event_card(ctx);
    case PanelId::Story: return draw_story_panel(ctx);
    case PanelId::Demands: return draw_demands_panel(ctx);
    case PanelId::Sieges: return draw_sieges_panel(ctx);
    case PanelId::Decisions: return draw_decisions_panel(ctx);
    case PanelId::Sources: return draw_sources_panel(ctx);
  }
}

}  // namespace atlas::ui
