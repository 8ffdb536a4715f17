#pragma once

#include "guifixture.h"

#include "clientele/core/offerstore.h"
#include "clientele/gui/offereditor.h"
#include "clientele/gui/offerspage.h"

#include <QApplication>

// The Offers page of a real main window on a fresh workspace, shown and current.
struct OfferFixture : GuiFixture {
    clientele::OffersPage *page = nullptr;

    OfferFixture()
    {
        page = window.showPage<clientele::OffersPage>();
        REQUIRE(page != nullptr);
        QApplication::processEvents();
    }

    clientele::OfferStore &store() { return *workspace().offerStore(); }
};
