// The running ledger of the campaign: demanded of the cities vs paid (gold and silver apart), truce
// terms, unknowns, captives. A sum sought twice (Event::demand_same_as) is counted once.
#pragma once
#include <string>
#include <vector>

#include "core/data/campaign.h"

namespace atlas {

struct MetalSums {  // pounds; gold and silver are never converted into each other
  double gold = 0;
  double silver = 0;
};

// Demanded: asked of a city; Agreed: the `demanded` of a truce (terms, not a city's demand).
enum class LedgerKind { Demanded, Agreed, Paid, Captives };

struct LedgerEntry {
  LedgerKind kind = LedgerKind::Paid;
  int event = -1;  // index into Campaign::events
  double day = 0;  // when it counts: a demand from the event's start, payments and captives
                   // from its last day (see timeline.h for how moments are numbered)
};

struct LedgerTotals {
  MetalSums demanded, paid;          // known figures (uncertain ones included, and counted below)
  MetalSums agreed;                  // truce terms: neither a city's demand nor a payment
  int demanded_unknown = 0;          // demands whose amount no source gives
  int agreed_unknown = 0;
  int paid_unknown = 0;              // payments whose amount no source gives
  int demanded_uncertain = 0;        // known figures flagged uncertain (truce terms included)
  int paid_uncertain = 0;
  long long captives = 0;            // known counts
  int captives_unknown = 0;          // captive entries with no figure
  int entries = 0;                   // Ledger::entries()[0 .. entries) count so far
};

class Ledger {
 public:
  // Collects the entries of every event and precomputes running totals.
  explicit Ledger(const Campaign& campaign);
  const std::vector<LedgerEntry>& entries() const { return entries_; }  // ordered by day
  LedgerTotals at(double day) const;                                    // O(log n)
  // What the main army carries so far (known payments): for the route's width on the map.
  MetalSums plunder_at(double day) const { return at(day).paid; }

 private:
  std::vector<LedgerEntry> entries_;
  std::vector<double> days_;
  std::vector<LedgerTotals> running_;  // running_[k]: totals of the first k entries
};

// "400 lb gold, 5,000 lb silver + 2 payments of unknown amount"; "nothing" when all is zero.
// `noun` is singular ("payment", "demand"); an "s" is added for other counts than one.
std::string describe_sums(const MetalSums& sums, int unknown_entries, const char* noun);

}  // namespace atlas
