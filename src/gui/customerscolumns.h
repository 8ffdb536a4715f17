#pragma once

class QTableView;

namespace clientele {

class WrappingHeader;

// Lays out the Customers table's columns: each figure as wide as its widest likely figure or
// the longest word of its title, the spare width to the names and places, then to what they
// purchase. When the table is too narrow for all of them, the figures least needed to pick the
// best customers are hidden (per month first, then first invoice, per year and years as
// customer) rather than the table scrolling sideways, and a row's tooltip gives the figures
// hidden.
void layOutCustomerColumns(QTableView *table, WrappingHeader *header);

} // namespace clientele
