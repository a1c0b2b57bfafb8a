/// Where the quotation marks of one paragraph open and close.
///
/// Double marks (" “ ” „ « ») quote everywhere; single marks (' ‘ ’) only in
/// headline-style lines, and never when they stand between letters
/// ("didn't", "Putin's") or elide a year ("the '90s"). Marks nested inside
/// a quotation belong to it. A mark left open runs at most to the end of its
/// paragraph, and only when the next paragraph continues the quotation, the
/// mark opened the paragraph or followed a colon, or it opened a sentence
/// and the paragraph ends on a full stop (a closing mark forgotten:
/// 'Roe said. "The pier opens at nine.'); otherwise it is a stray mark and quotes nothing.
enum QuoteSpans {
    struct Span: Equatable {
        /// The quoted words, trimmed, without the marks.
        let content: TextRange
        /// The opening mark.
        let open: Int
        /// The closing mark; nil when the quotation runs on to the next paragraph.
        let close: Int?
    }

    static func spans(in text: SourceText, range: TextRange, singleMarks: Bool, nextOpensQuote: Bool) -> [Span] {
        let s = text.scalars
        var spans: [Span] = []
        var openDouble: Int? = nil
        var openSingle: Int? = nil
        var i = range.start
        while i < range.end {
            let c = s[i]
            if let open = openDouble {
                if isDoubleMark(c), canClose(s, i, range), c != "“" || !canOpen(s, i, range) {
                    add(open, i)
                    openDouble = nil
                }
            } else if isDoubleMark(c), c != "”", c != "»", canOpen(s, i, range) {
                openSingle = nil  // a double mark inside a single-quoted headline phrase: the phrase was a stray mark
                openDouble = i
            } else if singleMarks, isSingleMark(c) {
                if let open = openSingle, c != "‘", canClose(s, i, range), !isBetweenLetters(s, i, range) {
                    add(open, i)
                    openSingle = nil
                } else if openSingle == nil, c != "’", canOpen(s, i, range), !isBetweenLetters(s, i, range),
                          !elidesYear(s, i, range) {
                    openSingle = i
                }
            }
            i += 1
        }
        if let open = openDouble {
            let opensParagraph = text.trimmed(TextRange(range.start, open)).isEmpty
            var before = open - 1
            while before >= range.start, s[before].isSpace { before -= 1 }
            let afterColon = before >= range.start && s[before] == ":"
            if nextOpensQuote || opensParagraph || afterColon || (opensSentence(s, before, range) && endsSentence(text, range)) {
                let content = text.trimmed(TextRange(open + 1, range.end))
                if !content.isEmpty { spans.append(Span(content: content, open: open, close: nil)) }
            }
        }
        return spans

        func add(_ open: Int, _ close: Int) {
            let content = text.trimmed(TextRange(open + 1, close))
            if !content.isEmpty { spans.append(Span(content: content, open: open, close: close)) }
        }
    }

    /// The character at `before` (the last before a mark) ends a sentence:
    /// 'said. "', 'said?" "'.
    private static func opensSentence(_ s: [Unicode.Scalar], _ before: Int, _ range: TextRange) -> Bool {
        guard before >= range.start else { return false }
        if s[before].isSentenceFinal { return true }
        return s[before].isClosingPunctuation && before > range.start && s[before - 1].isSentenceFinal
    }

    /// The paragraph's last character is sentence-final punctuation.
    private static func endsSentence(_ text: SourceText, _ range: TextRange) -> Bool {
        let trimmed = text.trimmed(range)
        return !trimmed.isEmpty && text[trimmed.end - 1].isSentenceFinal
    }

    /// True when `range` of `text` starts (after white space) with an opening double mark.
    static func opensQuote(_ text: SourceText, at range: TextRange) -> Bool {
        let start = text.trimmed(range).start
        guard start < range.end else { return false }
        let c = text[start]
        return isDoubleMark(c) && c != "”" && c != "»"
    }

    static func isDoubleMark(_ c: Unicode.Scalar) -> Bool {
        switch c { case "\"", "“", "”", "„", "«", "»": return true; default: return false }
    }

    static func isSingleMark(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "‘" || c == "’"
    }

    /// A mark opens when a word follows it and it does not end a word.
    private static func canOpen(_ s: [Unicode.Scalar], _ i: Int, _ range: TextRange) -> Bool {
        guard i + 1 < range.end, !s[i + 1].isSpace else { return false }
        return i == range.start || s[i - 1].isSpace || s[i - 1].isOpeningPunctuation || isDash(s[i - 1])
            || s[i - 1] == ":" || s[i - 1] == "/"
    }

    /// A mark closes when it ends a word or follows punctuation.
    private static func canClose(_ s: [Unicode.Scalar], _ i: Int, _ range: TextRange) -> Bool {
        i > range.start && !s[i - 1].isSpace
    }

    private static func isBetweenLetters(_ s: [Unicode.Scalar], _ i: Int, _ range: TextRange) -> Bool {
        i > range.start && i + 1 < range.end && s[i - 1].isAlphanumeric && s[i + 1].isAlphanumeric
    }

    /// "'90s", "'17": an apostrophe standing for the century.
    private static func elidesYear(_ s: [Unicode.Scalar], _ i: Int, _ range: TextRange) -> Bool {
        i + 2 < range.end && s[i + 1].isDigit && s[i + 2].isDigit
            && (i + 3 == range.end || !s[i + 3].isDigit)
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "–" || c == "—" }
}
