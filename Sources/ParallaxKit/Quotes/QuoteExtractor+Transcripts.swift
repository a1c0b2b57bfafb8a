/// Transcript turns: a paragraph opening with a speaker's label and a colon
/// ("Reporter: Today?", "MARSH: ...").
extension QuoteExtractor {
    // MARK: - Transcript turns

    /// The text after a leading "Label:" of one to three words, else the whole range.
    func afterLabel(_ range: TextRange) -> TextRange {
        let s = article.source
        var i = range.start, words = 0
        while i < range.end, words <= 3 {
            if s[i] == ":" { return i > range.start && s[i - 1].isLetter ? TextRange(i + 1, range.end) : range }
            if s[i].isSpace { words += 1 }
            i += 1
        }
        return range
    }

    /// "Reporter: Today?" or "Varga: ...": one to three capitalised words and
    /// a colon opening the paragraph, naming a person the article knows or a
    /// transcript role.
    ///
    /// A transcript quoted whole opens each turn with a mark ('"QUIST:
    /// ...'); a label in capitals ("MARSH:") is a speaker too, the
    /// article's person of that surname if there is one, unless it is a
    /// page label ("UPDATE:").
    func transcriptTurn(_ p: ParagraphWords) -> (speaker: String?, content: TextRange)? {
        let first = p.tokens.first.map { article.source[$0.range.start].isOpeningPunctuation } == true ? 1 : 0
        guard let colon = p.tokens.prefix(first + 4).firstIndex(where: { article.source[$0.range.start] == ":" }),
              colon >= first + 1, colon + 1 < p.tokens.count,
              p.tokens[first..<colon].allSatisfy({ article.source[$0.range.start].isUppercaseLetter }) else { return nil }
        let label = p.words[first..<colon].joined(separator: " ")
        let written = article.source[TextRange(p.tokens[first].range.start, p.tokens[colon - 1].range.end)]
        let speaker: String
        if let m = p.mention[first], article.entities[m].type == .person, (first..<colon).allSatisfy({ p.mention[$0] == m }) {
            speaker = article.entities[m].entity
        } else if QuoteCues.transcriptRoles.contains(label) {
            speaker = written
        } else if written.count > 2, written == written.uppercased(), !QuoteCues.pageLabels.contains(label),
                  Gazetteer.shared.places[written.capitalized] == nil, capitalLabels.count >= 2 {
            let surname = p.words[colon - 1]
            speaker = person(surname: surname, near: p.tokens[first].range.start) ?? written.capitalized
        } else {
            return nil
        }
        let end = article.paragraphs[p.index].range.end
        return (speaker, article.source.trimmed(TextRange(p.tokens[colon].range.end, end)))
    }
}
