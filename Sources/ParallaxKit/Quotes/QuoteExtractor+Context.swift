/// Speakers from context, with no verb of the quotation's own: the last
/// speaker of the paragraph or the one before, a block a colon
/// introduces, and a quotation carried on over unmarked paragraphs.
extension QuoteExtractor {
    // MARK: - Context

    /// The speaker of the last reporting verb in this paragraph's narration
    /// before the quotation ("Varga said she and Osei met ... \"We met
    /// twice.\"").
    func contextSpeaker(before span: QuoteSpans.Span, in p: ParagraphWords) -> String? {
        guard let open = p.token(at: span.open) else { return nil }
        var t = open - 1
        while t >= 0 {
            // "according to" names where the words were reported, not who goes on speaking.
            if p.isNarration(t), let cue = cue(at: t, in: p), !cue.speakerFollows, let s = speaker(of: cue, in: p) { return s }
            t -= 1
        }
        return nil
    }

    /// 'Varga posted at noon:' or '"...," he wrote.' closing the paragraph
    /// before: the speaker of a reporting verb in its last sentence, for a
    /// paragraph that is one quotation with no attribution of its own.
    func lastSentenceSpeaker(paragraph pi: Int) -> String? {
        lastSentenceCue(paragraph: pi)?.speaker
    }

    private func lastSentenceCue(paragraph pi: Int) -> Found? {
        guard pi >= 0, article.paragraphs[pi].kind == .body else { return nil }
        let p = words(pi)
        guard let last = p.sentence.last else { return nil }
        for t in p.tokens(ofSentence: last).reversed() where p.isNarration(t) {
            if let cue = cue(at: t, in: p), !cue.speakerFollows, let s = speaker(of: cue, in: p) { return Found(speaker: s, cue: cue.text) }
        }
        return nil
    }

    /// 'Quist answered on her blog, writing:' and then a paragraph with no
    /// marks at all: the tweet, letter or statement it introduces.
    func introducedBlock(_ pi: Int) -> Found? {
        guard pi > 0, article.paragraphs[pi].kind == .body else { return nil }
        // The colon first: it is one character to read, the marks a whole paragraph.
        let before = article.source.trimmed(article.paragraphs[pi - 1].range)
        guard !before.isEmpty, article.source[before.end - 1] == ":", !hasDoubleMark(article.paragraphs[pi].range) else { return nil }
        return lastSentenceCue(paragraph: pi - 1)
    }

    /// The paragraphs after `pi` (at most four) that carry on a quotation
    /// left open: none has a mark, but the last ends with a closing mark.
    /// Their ranges, the last without its mark; none if no such end comes.
    func unmarkedContinuation(after pi: Int) -> [(Int, TextRange)] {
        let source = article.source
        var found: [(Int, TextRange)] = []
        for k in (pi + 1)..<min(pi + 5, article.paragraphs.count) where article.paragraphs[k].kind == .body {
            let range = source.trimmed(article.paragraphs[k].range)
            guard !range.isEmpty else { return [] }
            let last = range.end - 1
            if !hasDoubleMark(range) {
                found.append((k, range))
                continue
            }
            // The end: one mark, closing the paragraph ('See you at the pier!"').
            guard QuoteSpans.isDoubleMark(source[last]), !hasDoubleMark(TextRange(range.start, last)),
                  last > range.start, !source[last - 1].isSpace else { return [] }
            found.append((k, source.trimmed(TextRange(range.start, last))))
            return found
        }
        return []
    }

    private func hasDoubleMark(_ range: TextRange) -> Bool {
        (range.start..<range.end).contains { QuoteSpans.isDoubleMark(article.source[$0]) }
    }
}
