#include "xerogenerator.h"

#include <array>
#include <cstdio>
#include <random>
#include <vector>

namespace clientele::bench {

namespace {

struct Item {
    const char *code;
    const char *description;
    int minCents;
    int maxCents;
};

constexpr std::array<Item, 24> kItems{{
    {"CONS", "Consulting", 15000, 250000},
    {"WS-HALF", "Workshop, half day", 90000, 180000},
    {"WS-FULL", "Workshop, full day", 160000, 320000},
    {"AUDIT", "Process audit", 200000, 900000},
    {"TRAVEL", "Travel, meals and parking", 2000, 80000},
    {"RET-M", "Monthly retainer", 100000, 500000},
    {"TRAIN", "Team training", 50000, 300000},
    {"REPORT", "Written report", 40000, 150000},
    {"COACH", "Executive coaching session", 30000, 90000},
    {"STRAT", "Strategy day", 250000, 600000},
    {"SUPPORT", "Support hours", 12000, 60000},
    {"LIC", "Software licence", 5000, 50000},
    {"", "Extra hours as agreed", 10000, 90000},
    {"", "Printing \"deluxe\" handouts", 1500, 20000},
    {"MKT", "Marketing review", 80000, 220000},
    {"HIRE", "Recruitment support", 150000, 700000},
    {"BOOK", "Bookkeeping clean-up", 30000, 160000},
    {"TAXP", "Tax planning", 60000, 250000},
    {"WEB", "Website review", 40000, 120000},
    {"DATA", "Data migration", 100000, 800000},
    {"SEC", "Security check", 70000, 300000},
    {"FAC", "Facilitation", 50000, 200000},
    {"PM", "Project management", 80000, 400000},
    {"MISC", "Sundries", 500, 10000},
}};

constexpr std::array<const char *, 16> kFirst{
    "Acme",     "Bright",  "Cobalt",  "Delta", "Echo",     "Foxtrot",   "Granite", "Harbour",
    "Ironbark", "Juniper", "Kestrel", "Lumen", "Meridian", "Northwind", "Orchid",  "Pinnacle"};
constexpr std::array<const char *, 16> kSecond{
    "Ideas",  "Logistics", "Dental", "Builders", "Partners", "Foods",   "Legal",  "Studio",
    "Health", "Motors",    "Energy", "Print",    "Gardens",  "Finance", "Travel", "Labs"};
constexpr std::array<const char *, 8> kSuffix{"Pty Ltd",  "Ltd",      "& Co",  "Group",
                                              "Holdings", "Services", "Trust", "Co-op"};
constexpr std::array<const char *, 8> kCities{"Sydney",   "Melbourne", "Brisbane", "Perth",
                                              "Adelaide", "Hobart",    "Auckland", "Wellington"};
constexpr std::array<const char *, 8> kRegions{"NSW", "VIC", "QLD", "WA",
                                               "SA",  "TAS", "AKL", "WGN"};

struct Customer {
    std::string name;
    std::string email;
    std::string street;
    int city = 0;
    int firstDay = 0; // days since 2019-01-01
    int spanDays = 0;
};

// Days since 2019-01-01 to a civil date (Howard Hinnant's algorithm, shifted).
void civil(int dayIndex, int &y, int &m, int &d)
{
    long z = dayIndex + 17897 + 719468; // 2019-01-01 is day 17897 since 1970
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

void money(std::string &out, long cents)
{
    char buffer[32];
    const bool negative = cents < 0;
    const long v = negative ? -cents : cents;
    std::snprintf(buffer, sizeof buffer, "%s%ld.%02ld", negative ? "-" : "", v / 100, v % 100);
    out += buffer;
}

void csvText(std::string &out, const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

std::int64_t writeXeroInvoices(const std::string &path, std::int64_t lines, std::uint64_t seed,
                               int customerCount, ExportShape shape)
{
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return -1;
    std::mt19937_64 random(seed);
    auto uniform = [&random](long lo, long hi) {
        return std::uniform_int_distribution<long>(lo, hi)(random);
    };

    std::vector<Customer> customers(static_cast<size_t>(customerCount));
    for (int i = 0; i < customerCount; ++i) {
        Customer &c = customers[static_cast<size_t>(i)];
        c.name = std::string(kFirst[static_cast<size_t>(i % 16)]) + ' '
                 + kSecond[static_cast<size_t>((i / 16) % 16)] + ' '
                 + kSuffix[static_cast<size_t>((i / 256) % 8)];
        if (i >= 2048)
            c.name += ' ' + std::to_string(i / 2048 + 1);
        c.email = "accounts" + std::to_string(i) + "@example.com";
        c.street = std::to_string(uniform(1, 400)) + " Example Street";
        c.city = static_cast<int>(uniform(0, 7));
        c.firstDay = static_cast<int>(uniform(0, 1800));
        c.spanDays = static_cast<int>(uniform(0, 2190 - c.firstDay));
    }
    // A few customers buy most: weight by a power law.
    std::vector<double> weights(customers.size());
    for (size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / (1.0 + static_cast<double>(i % 97));
    std::discrete_distribution<size_t> pickCustomer(weights.begin(), weights.end());

    // Xero's full header; a lean export keeps only the columns of kLean.
    static const std::array<const char *, 44> kColumns{"ContactName",
                                                       "EmailAddress",
                                                       "POAddressLine1",
                                                       "POAddressLine2",
                                                       "POAddressLine3",
                                                       "POAddressLine4",
                                                       "POCity",
                                                       "PORegion",
                                                       "POPostalCode",
                                                       "POCountry",
                                                       "SAAddressLine1",
                                                       "SAAddressLine2",
                                                       "SAAddressLine3",
                                                       "SAAddressLine4",
                                                       "SACity",
                                                       "SARegion",
                                                       "SAPostalCode",
                                                       "SACountry",
                                                       "InvoiceNumber",
                                                       "Reference",
                                                       "InvoiceDate",
                                                       "DueDate",
                                                       "PlannedDate",
                                                       "Total",
                                                       "TaxTotal",
                                                       "InvoiceAmountPaid",
                                                       "InvoiceAmountDue",
                                                       "InventoryItemCode",
                                                       "Description",
                                                       "Quantity",
                                                       "UnitAmount",
                                                       "Discount",
                                                       "LineAmount",
                                                       "AccountCode",
                                                       "TaxType",
                                                       "TaxAmount",
                                                       "TrackingName1",
                                                       "TrackingOption1",
                                                       "TrackingName2",
                                                       "TrackingOption2",
                                                       "Currency",
                                                       "Type",
                                                       "Sent",
                                                       "Status"};
    // 26 columns: no street address, no second postal lines, no tracking, no planned date.
    static const std::array<int, 26> kLean{0,  1,  6,  7,  8,  9,  18, 19, 20, 21, 23, 24, 25,
                                           26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 40, 41, 43};
    std::vector<int> columns;
    if (shape == ExportShape::Lean)
        columns.assign(kLean.begin(), kLean.end());
    else
        for (int i = 0; i < 44; ++i)
            columns.push_back(i);

    std::string out;
    out.reserve(1 << 20);
    for (size_t i = 0; i < columns.size(); ++i) {
        out += i == 0 ? "" : ",";
        out += kColumns[static_cast<size_t>(columns[i])];
    }
    out += "\r\n";
    std::int64_t written = 0;
    std::int64_t bytes = 0;
    long invoiceNumber = 0;
    long creditNumber = 0;
    struct Line {
        const Item *item;
        long quantity;
        long unit;
        long amount;
        long tax;
    };
    std::vector<Line> invoice;
    std::array<std::string, 44> field;
    while (written < lines) {
        const Customer &c = customers[pickCustomer(random)];
        const long roll = uniform(0, 999);
        const bool overpayment = roll < 10;
        const bool credit = !overpayment && roll < 60;
        const char *status = "Paid";
        if (roll >= 60 && roll < 90)
            status = "Draft";
        else if (roll >= 90 && roll < 110)
            status = "Voided";
        else if (roll >= 110 && roll < 150)
            status = "Awaiting Payment";
        const long count = overpayment ? 1 : std::min<long>(uniform(1, 6), lines - written);
        invoice.clear();
        long total = 0;
        long taxTotal = 0;
        for (long i = 0; i < count; ++i) {
            const Item &item = kItems[static_cast<size_t>(uniform(0, kItems.size() - 1))];
            const long quantity = uniform(1, 4);
            const long unit = uniform(item.minCents, item.maxCents) / 100 * 100;
            const long amount = quantity * unit;
            const long tax = (amount + 5) / 10;
            invoice.push_back({&item, quantity, unit, amount, tax});
            total += amount + tax;
            taxTotal += tax;
        }
        int y, m, d;
        civil(c.firstDay + static_cast<int>(uniform(0, c.spanDays)), y, m, d);
        char date[40];
        std::snprintf(date, sizeof date, "%02d/%02d/%04d", d, m, y);
        std::string number;
        if (credit)
            number = "CN-" + std::to_string(++creditNumber);
        else if (!overpayment)
            number = "INV-" + std::to_string(++invoiceNumber);
        for (const Line &line : invoice) {
            for (std::string &f : field)
                f.clear();
            csvText(field[0], c.name);
            field[1] = c.email;
            csvText(field[2], c.street);
            field[6] = kCities[static_cast<size_t>(c.city)];
            field[7] = kRegions[static_cast<size_t>(c.city)];
            field[8] = "2000";
            field[9] = "Australia";
            field[18] = number;
            field[19] = "Ref " + std::to_string(written % 9973);
            field[20] = date;
            field[21] = date;
            money(field[23], total);
            money(field[24], taxTotal);
            money(field[25], status[0] == 'P' ? total : 0);
            money(field[26], status[0] == 'P' ? 0 : total);
            field[27] = overpayment ? "" : line.item->code;
            csvText(field[28], overpayment ? std::string("Overpayment") : line.item->description);
            field[29] = std::to_string(line.quantity);
            money(field[30], line.unit);
            money(field[32], line.amount);
            field[33] = "200";
            field[34] = "GST on Income";
            money(field[35], line.tax);
            field[36] = "Region";
            field[37] = kCities[static_cast<size_t>(c.city)];
            field[40] = "AUD";
            field[41] = overpayment ? "Sales overpayment"
                        : credit    ? "Sales credit note"
                                    : "Sales invoice";
            field[42] = "Sent";
            field[43] = status;
            for (size_t i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += field[static_cast<size_t>(columns[i])];
            }
            out += "\r\n";
            ++written;
        }
        if (out.size() > (1 << 20) - 4096) {
            bytes += static_cast<std::int64_t>(std::fwrite(out.data(), 1, out.size(), file));
            out.clear();
        }
    }
    bytes += static_cast<std::int64_t>(std::fwrite(out.data(), 1, out.size(), file));
    const bool ok = std::fclose(file) == 0;
    return ok ? bytes : -1;
}

} // namespace clientele::bench
