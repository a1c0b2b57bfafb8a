import XCTest
@testable import ParallaxKit

/// Line classes on constructed pages: each rule family on its own.
final class CleaningTests: XCTestCase {
    func testNavigationAndTitle() {
        let a = Fixtures.article(text: """
            Skip to main content

            Breaking News

            Storm Floods Coastal Towns As Rivers Burst Their Banks

            Heavy rain flooded dozens of coastal towns on Tuesday, officials said, forcing thousands to leave.
            """)
        XCTAssertEqual(a.lineClass(of: "Skip to main content"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "Breaking News"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "Storm Floods Coastal Towns As Rivers Burst Their Banks"), .title)
        XCTAssertEqual(a.title, "Storm Floods Coastal Towns As Rivers Burst Their Banks")
        XCTAssertEqual(a.paragraphs.map(\.kind), [.title, .body])
    }

    /// An article's word count is its paragraphs' words, not the page's
    /// menus; a text of a million scalars, counted on a thread of its own,
    /// leaves them out too, and finds its outlet's name in them as a short
    /// one does.
    func testWordCountLeavesBoilerplateOut() {
        let sentence = "Heavy rain flooded dozens of coastal towns on Tuesday, officials said, forcing thousands to leave. "
        for repeats in [1, ArticleBuilder.countedApartFrom / sentence.unicodeScalars.count + 1] {
            let a = Fixtures.article(text: """
                Skip to main content

                Breaking News

                Storm Floods Coastal Towns As Rivers Burst Their Banks

                \(String(repeating: sentence, count: repeats))

                Follow us on HarbourTimes.com

                Subscribe at HarbourTimes.com
                """)
            XCTAssertEqual(a.metadata.outlet, "HarbourTimes")
            XCTAssertEqual(a.metadata.outletSource, .text)
            XCTAssertEqual(a.textHash, ArticleKey.fnv1a(a.source))
            XCTAssertEqual(a.lineClass(of: "Breaking News"), .boilerplate)
            XCTAssertEqual(a.source.count >= ArticleBuilder.countedApartFrom, repeats > 1)
            let inParagraphs = a.paragraphs.reduce(0) { $0 + Tokenizer.wordCount(in: a.source, range: $1.range) }
            XCTAssertEqual(a.wordCount, inParagraphs)
            XCTAssertEqual(a.wordCount, 9 + 15 * repeats, "the title's words and the body's, not the menu's")
        }
    }

    /// The title names no outlet, in a short text as in one of a million
    /// scalars (whose lines are read for the outlet on a thread of their
    /// own, then matched with their classes): a domain three times in the
    /// title outvotes the page's twice if the title is counted.
    func testTheTitleNamesNoOutletWhateverTheTextsLength() {
        let sentence = "Heavy rain flooded dozens of coastal towns on Tuesday, officials said, forcing thousands to leave. "
        for repeats in [1, ArticleBuilder.countedApartFrom / sentence.unicodeScalars.count + 1] {
            let a = Fixtures.article(text: """
                Skip to main content

                Coastpost.com, Coastpost.com And Coastpost.com Readers Count The Flood Damage

                \(String(repeating: sentence, count: repeats))

                Follow us on HarbourTimes.com

                Subscribe at HarbourTimes.com
                """)
            XCTAssertEqual(a.lineClass(of: "Coastpost.com, Coastpost.com And Coastpost.com Readers Count The Flood Damage"), .title)
            XCTAssertEqual(a.metadata.outlet, "HarbourTimes", "\(repeats) sentences")
        }
    }

    func testCaptionsByPositionCreditAndRepeat() {
        let a = Fixtures.article(text: """
            Leaders Meet In Geneva

            AP_1234567
            Prime Minister Jane Doe (second from right) speaks with delegates in Geneva. JOHN SMITH/AFP/Getty Images
            The minister arrives at the venue.
            The minister arrives at the venue.

            The talks lasted six hours and ended without an agreement on the main points of dispute.
            """)
        XCTAssertEqual(a.lineClass(of: "AP_1234567"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "Prime Minister Jane Doe (second from right) speaks with delegates in Geneva. JOHN SMITH/AFP/Getty Images"), .caption)
        let repeated = a.lines.filter { a.text($0.line.content) == "The minister arrives at the venue." }
        XCTAssertEqual(repeated.map(\.lineClass), [.caption, .boilerplate])
    }

    func testEmbeddedVideoIsCaptionAndPlayerIsBoilerplate() {
        let a = Fixtures.article(text: """
            Election Count Enters Third Day

            Officials in the capital said the count would continue through the night and into Thursday.

            WATCH: Voters queue outside a polling station:

            Long Queues At Polling Stations
            please wait

            No media source currently available

            0:00 0:01:12 0:00

            The electoral commission expects final results by the end of the week, a spokesman said.
            """)
        XCTAssertEqual(a.lineClass(of: "WATCH: Voters queue outside a polling station:"), .caption)
        XCTAssertEqual(a.lineClass(of: "Long Queues At Polling Stations"), .caption)
        XCTAssertEqual(a.lineClass(of: "please wait"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "No media source currently available"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "0:00 0:01:12 0:00"), .boilerplate)
    }

    func testSubheadsTranscriptTurnsAndSeparators() {
        let a = Fixtures.article(text: """
            Minister Answers Questions On Budget

            The finance minister took questions from reporters after presenting the budget on Monday.

            'No New Taxes'

            The minister repeated that the budget would not raise income taxes for anyone this year.

            * * *

            Reporter: Will you resign?

            Minister: "No. I have a job to do and I intend to finish it, whatever the opposition says."
            """)
        XCTAssertEqual(a.lineClass(of: "'No New Taxes'"), .body)
        XCTAssertEqual(a.lineClass(of: "* * *"), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "Reporter: Will you resign?"), .body)
    }

    func testCreditLineEndsTheArticleAndFooterIsRemoved() {
        let a = Fixtures.article(text: """
            Ceasefire Holds For A Second Day

            A fragile ceasefire held for a second day on Sunday, residents and monitors said by telephone.

            With reporting by Reuters and AP
              • 4x3 Image

                Example News

                Example News journalists report the news in 20 languages in 15 countries.

            To find out more, click here.

            XS
            SM
            """)
        XCTAssertEqual(a.lineClass(of: "With reporting by Reuters and AP"), .body)
        for line in ["• 4x3 Image", "Example News", "Example News journalists report the news in 20 languages in 15 countries.",
                     "To find out more, click here.", "XS", "SM"] {
            XCTAssertEqual(a.lineClass(of: line), .boilerplate, line)
        }
    }

    func testFooterMarkerAndSelfDescription() {
        let a = Fixtures.article(text: """
            Court Rules On Data Privacy Case

            The court ruled on Wednesday that the agency had collected data without a proper legal basis.

            Daily Planet is committed to accurate and fair reporting.

            About the author

            Jane Roe covers courts.

              • Daily Planet newsletter in your inbox
              • Read Daily Planet on the go
              • Daily Planet app for phones
            """)
        XCTAssertEqual(a.metadata.outlet, "Daily Planet")
        XCTAssertEqual(a.lineClass(of: "Daily Planet is committed to accurate and fair reporting."), .boilerplate)
        XCTAssertEqual(a.lineClass(of: "Jane Roe covers courts."), .boilerplate)
        XCTAssertEqual(a.paragraphs.filter { $0.kind == .body }.count, 1)
    }

    func testShortLinesRepeatedAcrossTheCorpusAreFurniture() {
        let page = { (headline: String, text: String) in
            "Top Stories Menu\n\n\(headline)\n\n\(text)\n\nMost Shared Today\n"
        }
        let corpus = Corpus.from(texts: [
            ("a.txt", page("Bridge Reopens After Repairs", "The bridge reopened to traffic on Friday after two years of repairs, the city said.")),
            ("b.txt", page("Museum Opens New Wing", "The museum opened a new wing for modern art on Saturday, drawing large crowds.")),
        ])
        for article in corpus.articles {
            XCTAssertEqual(article.lineClass(of: "Top Stories Menu"), .boilerplate)
            XCTAssertEqual(article.lineClass(of: "Most Shared Today"), .boilerplate)
            XCTAssertEqual(article.paragraphs.map(\.kind), [.title, .body])
        }
    }

    func testASyndicatedHeadlineSharedByTwoFilesStaysTheTitle() {
        let corpus = Corpus.from(texts: [
            ("a.txt", "Menu\n\nFloods Close Main Roads\n\nFloods closed the main roads into the city on Monday, police said.\n"),
            ("b.txt", "Floods Close Main Roads\n\nHeavy rain closed several roads into the city on Monday, officials said.\n"),
        ])
        XCTAssertEqual(corpus.articles.map(\.title), ["Floods Close Main Roads", "Floods Close Main Roads"])
    }

    func testSentencesSharedAcrossReportsAreKept() {
        let shared = "Trump's former campaign manager, Paul Manafort, has been indicted in the probe."
        let corpus = Corpus.from(texts: [
            ("a.txt", "First Report Headline Here\n\n\(shared)\n"),
            ("b.txt", "Second Report Headline Here\n\n\(shared)\n"),
        ])
        XCTAssertEqual(corpus.articles.map { $0.lineClass(of: shared) }, [.body, .body])
    }
}

/// The byte-level phrase matcher behind the cue lists.
final class PhraseListTests: XCTestCase {
    func testOccursAnywhereAndOnlyWhole() {
        let list = PhraseList(["click here", "©", "getty images"])
        XCTAssertTrue(list.occurs(in: "for the full story click here now"))
        XCTAssertTrue(list.occurs(in: "photo © 2017"))
        XCTAssertTrue(list.occurs(in: "afp/getty images"))
        XCTAssertFalse(list.occurs(in: "click her"))
        XCTAssertFalse(list.occurs(in: ""))
    }

    /// The table of the byte pairs phrases open with: a one-byte phrase
    /// opens every pair it starts ("x" in "box"), and a phrase may end the
    /// text, where no pair follows its first byte ("2024©", "x").
    func testOpeningPairsPassOverNoPhrase() {
        let list = PhraseList(["click here", "©", "x"])
        XCTAssertTrue(list.occurs(in: "please click here now"))
        XCTAssertTrue(list.occurs(in: "2024©"))
        XCTAssertTrue(list.occurs(in: "box"))
        XCTAssertTrue(list.occurs(in: "x"))
        XCTAssertFalse(list.occurs(in: "click her"))
        XCTAssertFalse(list.occurs(in: ""))
        XCTAssertTrue(BoilerplateCues.promoPhrases.occurs(in: "all rights reserved"))
        XCTAssertFalse(BoilerplateCues.promoPhrases.occurs(in: "all rights"))
    }

    func testStartsWordNeedsTheSpaceAfterThePhrase() {
        let list = PhraseList(["reporting by", "with reporting by"])
        XCTAssertTrue(list.startsWord(of: "with reporting by reuters"))
        XCTAssertTrue(list.startsWord(of: "reporting by ap"))
        XCTAssertFalse(list.startsWord(of: "reporting byline"))
        XCTAssertFalse(list.startsWord(of: "reporting by"))
        XCTAssertFalse(list.startsWord(of: "more reporting by ap"))
    }
}
