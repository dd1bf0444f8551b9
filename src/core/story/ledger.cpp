// Builds the ledger's dated entries from the events and answers running totals by binary search.
#include "core/story/ledger.h"
#include "core/data/small_sort.h"

#include <algorithm>

#include "core/story/amount_text.h"

namespace atlas {
namespace {

void add_amount(const Amount& a, MetalSums& sums, int& unknown, int& uncertain) {
  if (!a.known) {
    ++unknown;
    return;
  }
  (a.metal == Metal::Gold ? sums.gold : sums.silver) += a.lb;
  if (a.uncertain) ++uncertain;
}

void add_entry(const Campaign& c, const LedgerEntry& entry, LedgerTotals& t) {
  const Event& e = c.events[static_cast<std::size_t>(entry.event)];
  switch (entry.kind) {
    case LedgerKind::Demanded: add_amount(e.demanded, t.demanded, t.demanded_unknown, t.demanded_uncertain); break;
    case LedgerKind::Agreed: add_amount(e.demanded, t.agreed, t.agreed_unknown, t.demanded_uncertain); break;
    case LedgerKind::Paid: add_amount(e.paid, t.paid, t.paid_unknown, t.paid_uncertain); break;
    case LedgerKind::Captives:
      if (e.captives.known) t.captives += e.captives.value;
      else ++t.captives_unknown;
      break;
  }
  ++t.entries;
}

}  // namespace

Ledger::Ledger(const Campaign& campaign) {
  for (std::size_t i = 0; i < campaign.events.size(); ++i) {
    const Event& e = campaign.events[i];
    const int index = static_cast<int>(i);
    // A sum sought again (demand_same_as) was counted at its first event; truce terms go apart.
    if (e.demanded.present && e.demand_same_as_index < 0) {
      const LedgerKind kind = e.kind == EventKind::Truce ? LedgerKind::Agreed : LedgerKind::Demanded;
      entries_.push_back({kind, index, static_cast<double>(e.date.start)});
    }
    if (e.paid.present) entries_.push_back({LedgerKind::Paid, index, static_cast<double>(e.date.end)});
    if (e.captives.present) entries_.push_back({LedgerKind::Captives, index, static_cast<double>(e.date.end)});
  }
  small_stable_sort(entries_.begin(), entries_.end(),
                   [](const LedgerEntry& a, const LedgerEntry& b) { return a.day < b.day; });
  running_.resize(entries_.size() + 1);
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    running_[k + 1] = running_[k];
    add_entry(campaign, entries_[k], running_[k + 1]);
    days_.push_back(entries_[k].day);
  }
}

LedgerTotals Ledger::at(double day) const {
  const auto k = std::upper_bound(days_.begin(), days_.end(), day) - days_.begin();
  return running_[static_cast<std::size_t>(k)];
}

std::string describe_sums(const MetalSums& sums, int unknown_entries, const char* noun) {
  std::string out;
  if (sums.gold > 0) out = format_pounds(sums.gold) + " lb gold";
  if (sums.silver > 0) out += (out.empty() ? "" : ", ") + format_pounds(sums.silver) + " lb silver";
  if (unknown_entries > 0) {
    out += (out.empty() ? "" : " + ") + std::to_string(unknown_entries) + " " + noun +
           (unknown_entries == 1 ? "" : "s") + " of unknown amount";
  }
  return out.empty() ? "nothing" : out;
}

}  // namespace atlas
