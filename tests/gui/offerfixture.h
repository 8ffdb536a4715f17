#pragma once

#include "guifixture.h"

#include "clientele/core/offercatalogue.h"
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

    clientele::OfferCatalogue &store() { return *workspace().offers(); }
};
