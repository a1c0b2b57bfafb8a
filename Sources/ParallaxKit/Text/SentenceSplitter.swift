/// A sentence of a paragraph: from its first character to its final
/// punctuation or closing quotation mark.
public struct Sentence: Hashable, Sendable {
    public let range: TextRange
}

/// Splits a paragraph into sentences.
///
/// A boundary is final punctuation (. ! ? … or a run like "....") with any
/// closing quotes or brackets after it, then white space, then something
/// that can start a sentence (a capital, a digit, an opening quote). It is not
/// a boundary after a title or other abbreviation ("Sen.", "Dr.", "Nov. 11"),
/// after an initial ("J. Smith"), or after a dotted abbreviation ("U.S.")
/// unless a word that usually starts a sentence follows.
public enum SentenceSplitter {
    public static func sentences(in text: SourceText, range: TextRange) -> [Sentence] {
        let s = text.scalars
        var result: [Sentence] = []
        var sentenceStart = range.start
        var i = range.start
        while i < range.end {
            guard s[i].isSentenceFinal else { i += 1; continue }
            let punctStart = i
            while i < range.end, s[i].isSentenceFinal { i += 1 }
            while i < range.end, s[i].isClosingPunctuation { i += 1 }
            let boundary = i
            guard boundary < range.end, s[boundary].isSpace else { continue }
            var next = boundary
            while next < range.end, s[next].isSpace { next += 1 }
            guard next < range.end else { break }
            guard startsSentence(s, next, range.end),
                  !isAbbreviationStop(s, punctStart: punctStart, punctEnd: boundary, next: next, limit: range.end)
            else { continue }
            let sentence = text.trimmed(TextRange(sentenceStart, boundary))
            if !sentence.isEmpty { result.append(Sentence(range: sentence)) }
            sentenceStart = next
            i = next
        }
        let last = text.trimmed(TextRange(sentenceStart, range.end))
        if !last.isEmpty { result.append(Sentence(range: last)) }
        return result
    }

    private static func startsSentence(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, s[j].isOpeningPunctuation { j += 1 }
        guard j < end else { return false }
        return s[j].isUppercaseLetter || s[j].isDigit || (j > i && s[j].isLetter)
    }

    /// True when a lone period ends an abbreviation rather than a sentence.
    private static func isAbbreviationStop(_ s: [Unicode.Scalar], punctStart: Int, punctEnd: Int,
                                           next: Int, limit: Int) -> Bool {
        guard punctEnd - punctStart == 1, s[punctStart] == "." else { return false }
        var wordStart = punctStart
        while wordStart > 0, s[wordStart - 1].isLetter || s[wordStart - 1] == "." { wordStart -= 1 }
        // Most periods end a long plain word, which is neither an initial nor a known or dotted
        // abbreviation: an ASCII word without periods is its Characters, and is not made into one.
        if punctStart - wordStart > longestAbbreviation,
           s[wordStart..<punctStart].allSatisfy({ $0.value < 0x80 && $0 != "." }) {
            return false
        }
        let word = SourceText.string(s[wordStart..<punctStart])
        if word.isEmpty { return false }
        if word.count == 1, word.first!.isUppercase { return true }  // an initial
        if abbreviations.contains(word) { return true }
        if numberAbbreviations.contains(word) { return s[next].isDigit }
        if word.utf8.contains(0x2E), word.contains(".") {  // dotted abbreviation such as "U.S"
            return !sentenceStarters.contains(nextWord(s, next, limit))
        }
        return false
    }

    private static func nextWord(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> String {
        var j = i
        while j < end, s[j].isOpeningPunctuation { j += 1 }
        var k = j
        while k < end, s[k].isLetter { k += 1 }
        return SourceText.string(s[j..<k])
    }

    /// Titles and abbreviations that are followed by a name or number, so a
    /// period after them does not end the sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt",
        "Col", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Cmdr", "Adm", "Maj", "Brig", "Rev", "Fr", "Hon",
        "Pres", "Supt", "Atty", "Amb", "Insp", "Det", "St", "Mt", "Ft",
        "vs", "v", "cf", "approx", "Ave", "Blvd", "Dept", "Univ", "Assn", "Bros", "Messrs", "Mme",
    ]

    /// Abbreviations that end a sentence unless a number follows ("Nov. 11", "No. 5").
    static let numberAbbreviations: Set<String> = [
        "No", "Nos", "Vol", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// The longest word of `abbreviations` and `numberAbbreviations`, in Characters.
    static let longestAbbreviation = abbreviations.union(numberAbbreviations).map(\.count).max()!

    /// Words that commonly open a sentence; after "U.S." they signal a new one.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
        "In", "On", "At", "As", "After", "Before", "For", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "When", "While", "If", "Yet", "Still", "Meanwhile",
        "However", "Earlier", "Later", "Last", "Since", "Now", "Then",
    ]
}
