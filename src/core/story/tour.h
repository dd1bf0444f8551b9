// The paced tour: how long playback dwells on each event's card and how fast it crosses the gaps between.
#pragma once
#include "core/data/campaign.h"

namespace atlas {

// Seconds a reader needs for an event's card at a steady pace (its words, plus a look at the map).
double reading_seconds(const Event& event);

// How much of that time a playback speed gives (days per second): the slow tour more, the fast one a glance.
double dwell_factor(double days_per_second);

// Seconds playback stays on an event's card at this speed.
double dwell_seconds(const Event& event, double days_per_second);

// The rate (days per second) across a stretch of `gap_days` with no event: the playback speed, or
// faster so that no stretch lasts longer than a few seconds (a quiet autumn is not a wait).
double gap_days_per_second(double gap_days, double days_per_second);

// Seconds a whole tour of the campaign takes at this speed, from its first day to its end.
double tour_seconds(const Campaign& campaign, double days_per_second);

}  // namespace atlas
