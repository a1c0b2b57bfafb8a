import Foundation
import XCTest
@testable import ParallaxKit

/// The names `parallax add` gives pages, and saving without overwriting.
final class SavedPageNameTests: XCTestCase {
    func testStemIsOutletDateAndTitle() {
        XCTAssertEqual(SavedPageName.stem(outlet: "The Harbour Times", date: "2024-05-06", title: "Strike goes on"),
                       "the-harbour-times_2024-05-06_strike-goes-on")
    }

    func testMissingPartsAreLeftOut() {
        XCTAssertEqual(SavedPageName.stem(outlet: nil, date: "2024-05-06", title: "Strike"), "2024-05-06_strike")
        XCTAssertEqual(SavedPageName.stem(outlet: "RFE/RL", date: nil, title: "Strike"), "rfe-rl_strike")
        XCTAssertEqual(SavedPageName.stem(outlet: "RFE/RL", date: "2024-05-06", title: nil), "rfe-rl_2024-05-06_untitled")
        XCTAssertEqual(SavedPageName.stem(outlet: "   ", date: "May 6", title: "???"), "untitled")
    }

    func testSlugsArePlainLowerCaseASCII() {
        XCTAssertEqual(SavedPageName.slug("Trump \"Chats Amicably\" With Putin, Sides With Russia", maxLength: 80),
                       "trump-chats-amicably-with-putin-sides-with-russia")
        XCTAssertEqual(SavedPageName.slug("Putin's ‘first steps’ — U.S.–Russia", maxLength: 80), "putins-first-steps-u-s-russia")
        XCTAssertEqual(SavedPageName.slug("  --Hello__World--  ", maxLength: 80), "hello-world")
    }

    func testNonASCIITitlesAreTransliterated() {
        XCTAssertEqual(SavedPageName.slug("Grève\u{A0}: les dockers de Saint-Nazaire", maxLength: 80),
                       "greve-les-dockers-de-saint-nazaire")
        XCTAssertEqual(SavedPageName.slug("Straße über Łódź, Ærø", maxLength: 80), "strasse-uber-lodz-aero")
        XCTAssertEqual(SavedPageName.slug("Кремль отверг", maxLength: 80), "kreml-otverg")
        let greek = SavedPageName.slug("Αθήνα", maxLength: 80)
        XCTAssertEqual(greek, "athena")
        let chinese = SavedPageName.slug("北京", maxLength: 80)
        XCTAssertFalse(chinese.isEmpty)
        XCTAssertTrue(chinese.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        XCTAssertEqual(SavedPageName.slug("🙂🙂", maxLength: 80), "")
    }

    func testLongTitlesAreCutAtAWord() {
        let title = "Dock workers at the northern harbour stayed away from the cranes for a third day on Monday after talks"
        let slug = SavedPageName.slug(title, maxLength: SavedPageName.titleLength)
        XCTAssertLessThanOrEqual(slug.count, SavedPageName.titleLength)
        XCTAssertEqual(slug, "dock-workers-at-the-northern-harbour-stayed-away-from-the-cranes-for-a-third")
        XCTAssertEqual(SavedPageName.slug(String(repeating: "a", count: 100), maxLength: 10), "aaaaaaaaaa")
    }

    func testCandidatesCountFromTwo() {
        XCTAssertEqual(SavedPageName.candidate("x", attempt: 1), "x.html")
        XCTAssertEqual(SavedPageName.candidate("x", attempt: 2), "x-2.html")
        XCTAssertEqual(SavedPageName.candidate("x", attempt: 3), "x-3.html")
    }

    func testSavingNeverOverwritesAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-names-\(UUID())/corpus")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let first = try SavedPageWriter.save(Data("one".utf8), stem: "a_b", in: folder)
        let second = try SavedPageWriter.save(Data("two".utf8), stem: "a_b", in: folder)
        try FileManager.default.removeItem(at: first)
        let third = try SavedPageWriter.save(Data("three".utf8), stem: "a_b", in: folder)
        XCTAssertEqual([first, second, third].map(\.lastPathComponent), ["a_b.html", "a_b-2.html", "a_b.html"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["a_b-2.html", "a_b.html"])
        XCTAssertEqual(try Data(contentsOf: second), Data("two".utf8))
        XCTAssertEqual(try Data(contentsOf: third), Data("three".utf8))
    }

    func testSavingIntoAFileFailsCleanly() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-names-\(UUID())")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertThrowsError(try SavedPageWriter.save(Data("page".utf8), stem: "a", in: file)) { error in
            XCTAssertTrue("\(error)".hasPrefix("cannot create folder"), "\(error)")
        }
    }

    func testSnifferTellsPagesFromOtherFiles() {
        XCTAssertNil(HTMLSniffer.notHTMLKind(Data("\u{FEFF}\n<!doctype html><html><body><p>x</p>".utf8)))
        XCTAssertNil(HTMLSniffer.notHTMLKind(Data("<div class=story><p>A fragment.</p></div>".utf8)))
        XCTAssertEqual(HTMLSniffer.notHTMLKind(Data("%PDF-1.7\n".utf8)), "a PDF document")
        XCTAssertEqual(HTMLSniffer.notHTMLKind(Data(" {\"a\": 1}".utf8)), "JSON")
        XCTAssertEqual(HTMLSniffer.notHTMLKind(Data("Just some text.".utf8)), "text without HTML markup")
        XCTAssertEqual(HTMLSniffer.notHTMLKind(Data("<?xml version=\"1.0\"?><rss><channel><title>x</title>".utf8)),
                       "a news feed, not a page")
    }
}
