import XCTest
@testable import ParallaxKit

/// The features a line's one pass counts agree with the rules' own
/// definitions, read from the line's strings.
final class LineFeaturesTests: XCTestCase {
    private let lines = [
        "0:00", "0:00 / 1:02:03", "0:00 live", "12", "1:2 3", ":", "• 0:56", "- - -",
        "Reporter: Today?", "Trump: We will see.", "Mr. Smith: yes", "A B C: no", "Speaker:",
        "• Breaking News!!", "Newsweek is committed to journalism.”", "Ελλάδα — “ΑΘΗΝΑ”…", "ÉCOLE; <b>=tag</b>?",
        "John Smith (left) and Jane Roe (R) at the event", "Crowds (second from right), REUTERS/Jonathan Ernst",
        "Café (l)", "\u{2003}wide\u{2003}spaces\tand\ttabs  ", "Ünïcödé (Left) done", "x 1200x800 image",
        String(repeating: "Long prose, with commas; (and) 12 numbers. ", count: 20),
        "KELVIN \u{212A}.COM", "İstanbul ﬁnal.", "zero\u{FEFF}width no-break\u{FEFF}", "\u{FEFF}Speaker: a BOM first",
    ]

    private func features(_ line: String) -> (LineFeatures, [String]) {
        let source = SourceText(line)
        let range = source.trimmed(source.fullRange)
        // Split where the features split: at every scalar `isSpace` calls a space (U+FEFF too).
        var words = source[range].unicodeScalars.split(whereSeparator: { $0.isSpace })
            .map { String(String.UnicodeScalarView($0)) }
        if words.count > 1, words[0].unicodeScalars.count == 1, LineFeatures.bullets.contains(words[0].unicodeScalars.first!) {
            words.removeFirst()
        }
        return (LineFeatures(source: source, range: range, indented: false), words)
    }

    func testWordsAgreeWithTheSplitLine() {
        for line in lines {
            let (f, words) = features(line)
            XCTAssertEqual(f.pieceCount, words.count, line)
            XCTAssertEqual(f.firstWord, words.first, line)
            XCTAssertEqual(f.lastWords(6), Array(words.suffix(6)), line)
            XCTAssertEqual(f.lastWords(2), Array(words.suffix(2)), line)
            XCTAssertEqual(f.isAllTimecodes, words.allSatisfy(LineClassifier.isTimecode), line)
        }
    }

    func testTranscriptTurns() {
        for line in lines {
            let (f, words) = features(line)
            let colon = words.prefix(3).firstIndex(where: { $0.unicodeScalars.last == ":" })
            let turn = colon.map { c in
                words[...c].allSatisfy { $0.unicodeScalars.first!.isUppercaseLetter } && words.count > c + 1
            } ?? false
            XCTAssertEqual(f.isTranscriptTurn, turn, line)
        }
        let turns = lines.filter { features($0).0.isTranscriptTurn }
        XCTAssertEqual(turns, ["Reporter: Today?", "Trump: We will see.", "Mr. Smith: yes", "A B C: no",
                               "\u{FEFF}Speaker: a BOM first"])
    }

    func testPunctuationCountsAgreeWithTheStrings() {
        for line in lines {
            let (f, _) = features(line)
            XCTAssertEqual(f.keyPunctuation, LineClassifier.punctuationCount(f.key), line)
            let printed = f.text.utf8.filter { $0 > 0x20 && $0 < 0x41 && !(0x3B...0x3E).contains($0) }.count
            XCTAssertEqual(f.printedPunctuation, printed, line)
        }
    }

    func testKeyLosesTrailingPunctuationOfAnyScript() {
        XCTAssertEqual(features("Newsweek is committed to journalism.”").0.key, "newsweek is committed to journalism")
        XCTAssertEqual(features("Ελλάδα — “ΑΘΗΝΑ”…").0.key, "ελλάδα — “αθηνα")
        XCTAssertEqual(features("• Breaking News!!").0.key, "breaking news")
    }

    func testPictureSides() {
        let sided = lines.filter { features($0).0.hasPictureSide }
        XCTAssertEqual(sided, ["John Smith (left) and Jane Roe (R) at the event",
                               "Crowds (second from right), REUTERS/Jonathan Ernst", "Ünïcödé (Left) done"])
        XCTAssertFalse(LineClassifier.hasPictureSide("Café (l) and (ok"))
        XCTAssertTrue(LineClassifier.hasPictureSide("Café (l) and (L)"))
        XCTAssertFalse(LineClassifier.hasPictureSide("A (\u{301}left) mark joins the parenthesis"))
    }

    func testWhitespacePiecesAgreeWithPieces() {
        for text in lines + ["a \u{301}b", "a\u{301} b", "  lead and trail  ", "\u{3000}\u{3000}x", "", " "] {
            let scalars = Array(text.unicodeScalars)[...]
            var pieces = ScalarWords.Pieces(scalars: scalars, separator: ScalarWords.isWhitespace)
            var expected: [Range<Int>] = []
            while let piece = pieces.next() { expected.append(piece) }
            var given: [Range<Int>] = []
            let split = ScalarWords.forEachWhitespacePiece(of: scalars) { given.append($0) }
            XCTAssertEqual(split, !pieces.failed, text)
            if split { XCTAssertEqual(given, expected, text) }
        }
    }
}

/// The scalar classes' fast paths answer as the Unicode properties do.
final class ScalarClassTests: XCTestCase {
    func testClassesAgreeWithTheProperties() {
        for value in UInt32(0x80)...0x3000 {
            guard let s = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(s.isSpace, value == 0xFEFF || s.properties.isWhitespace, "\(value)")
            XCTAssertEqual(s.isLetter, s.properties.isAlphabetic, "\(value)")
            XCTAssertEqual(s.isDigit, s.properties.numericType == .decimal, "\(value)")
            XCTAssertEqual(ScalarWords.isWhitespace(s), s.properties.isWhitespace, "\(value)")
        }
    }
}
