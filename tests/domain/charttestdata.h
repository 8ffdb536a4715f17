#pragma once

// Helpers that fill a standard ICP chart the way a user types into it.

#include "clientele/domain/icpchart.h"

#include <catch2/catch.hpp>

#include <initializer_list>

namespace clientele::test {

inline void type(IcpChart &chart, int clientIndex, StandardAttribute which, const char *text)
{
    const auto status = chart.setCellText(chart.clients().at(clientIndex).id,
                                          chart.attribute(which)->id, QString::fromUtf8(text));
    INFO(text);
    REQUIRE(status.ok());
}

// One attribute across the clients in order; nullptr leaves a cell blank.
inline void row(IcpChart &chart, StandardAttribute which, std::initializer_list<const char *> texts)
{
    int index = 0;
    for (const char *text : texts) {
        if (text)
            type(chart, index, which, text);
        ++index;
    }
}

inline qint64 attributeId(const IcpChart &chart, StandardAttribute which)
{
    return chart.attribute(which)->id;
}

} // namespace clientele::test
