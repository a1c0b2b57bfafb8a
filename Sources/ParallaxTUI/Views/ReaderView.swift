import ParallaxKit

/// The reading view: the open article's layout from `readerTop` down, with
/// entities, quotations (a bar in the margin, the followed speaker's and the
/// current one highlighted) and search matches (the current one underlined
/// as well).
enum ReaderView {
    static func render(_ reader: ReaderState, _ corpus: ReaderCorpus, in rect: Rect, layouts: LayoutCache,
                       into buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        guard let index = reader.article else {
            buffer.put("No article open", x: rect.x + 1, y: rect.y, style: Theme.notice, clip: rect)
            return
        }
        let article = corpus.articles[index]
        let layout = layouts.layout(article: index, width: rect.width)
        let search = reader.search
        let current = search.current.map { search.matches[$0] }
        let chosen: [TextRange] = reader.entity.map { c in c.entry.mentions.filter { $0.article == index }.map(\.range) } ?? []
        let quotes = article.quotes.filter(\.isSomeonesWords).map(\.range)
        let speakerQuotes = reader.speaker.map { c in
            c.entry.quotes.filter { $0.article == index }.map { corpus.quote($0).range }
        } ?? []
        let currentQuote = reader.currentQuote.flatMap { $0.article == index ? corpus.quote($0).range : nil }
        var marks = Marks(entities: article.entities, chosen: chosen, quotes: quotes, speakerQuotes: speakerQuotes,
                          currentQuote: currentQuote, matches: search.matches, current: current)
        marks.sentence = reader.markedSentence.flatMap { $0.article == index ? $0.range : nil }
        var lineIndex = reader.top
        for y in rect.y..<rect.maxY {
            guard lineIndex < layout.lines.count else { break }
            let line = layout.lines[lineIndex]
            lineIndex += 1
            let x = rect.x + layout.margin + line.indent
            switch line.kind {
            case .blank: continue
            case .meta: buffer.put(DisplayWidth.truncate(line.text, to: layout.textWidth), x: x, y: y, style: Theme.meta, clip: rect)
            case .legend: drawLegend(x: x, y: y, clip: rect, into: &buffer)
            case .rule: buffer.put(line.text, x: x, y: y, style: Theme.rule, clip: rect)
            case .title, .body, .subhead, .blockquote, .caption:
                guard let source = line.source else { continue }
                let base: Style
                switch line.kind {
                case .title: base = Theme.title
                case .subhead: base = Theme.subhead
                case .caption: base = Theme.caption
                default: base = .plain
                }
                if line.kind == .caption, line.indent > 0 {
                    buffer.put("▌", x: x - line.indent, y: y, style: Theme.captionMarker, clip: rect)
                }
                if line.kind == .blockquote, line.indent > 0 {
                    buffer.put("│", x: x - line.indent, y: y, style: Theme.blockquoteMarker, clip: rect)
                }
                // Quoted words are set apart without colour too: a bar in the margin.
                if x - line.indent - 2 >= rect.x, quotes.contains(where: { $0.overlaps(source) }) {
                    buffer.put("┃", x: x - line.indent - 2, y: y, style: Theme.quoteMarker, clip: rect)
                }
                drawSource(article.source, source, x: x, y: y, base: base, marks: marks, clip: rect, into: &buffer)
            }
        }
    }

    /// The ranges that restyle article text, from least to most important.
    struct Marks {
        let entities: [EntityMention]
        let chosen: [TextRange]
        let quotes: [TextRange]
        let speakerQuotes: [TextRange]
        let currentQuote: TextRange?
        let matches: [TextRange]
        let current: TextRange?
        /// Words the other report lacks (the compare view).
        var changed: [TextRange] = []
        /// The sentence the compare view's Enter opened.
        var sentence: TextRange? = nil

        func style(at offset: Int, base: Style) -> Style {
            var style = base
            if quotes.contains(where: { $0.contains(offset) }) { style = style.merged(with: Theme.quote) }
            if let m = entities.first(where: { $0.range.contains(offset) }) { style = style.merged(with: EntityStyle.style(for: m.type)) }
            if chosen.contains(where: { $0.contains(offset) }) { style = style.merged(with: EntityStyle.chosen) }
            if let currentQuote, currentQuote.contains(offset) {
                style = style.merged(with: Theme.currentQuote)
            } else if speakerQuotes.contains(where: { $0.contains(offset) }) {
                style = style.merged(with: Theme.speakerQuote)
            }
            if changed.contains(where: { $0.contains(offset) }) { style = style.merged(with: Theme.changedWords) }
            if let sentence, sentence.contains(offset) { style = style.merged(with: Theme.markedSentence) }
            if let current, current.contains(offset) {
                style = style.merged(with: Theme.currentMatch)
            } else if matches.contains(where: { $0.contains(offset) }) {
                style = style.merged(with: Theme.searchMatch)
            }
            return style
        }

        /// Only the marks that touch `range`, so each character checks few.
        func within(_ range: TextRange) -> Marks {
            Marks(entities: entities.filter { $0.range.overlaps(range) }, chosen: chosen.filter { $0.overlaps(range) },
                  quotes: quotes.filter { $0.overlaps(range) }, speakerQuotes: speakerQuotes.filter { $0.overlaps(range) },
                  currentQuote: currentQuote.flatMap { $0.overlaps(range) ? $0 : nil },
                  matches: matches.filter { $0.overlaps(range) }, current: current.flatMap { $0.overlaps(range) ? $0 : nil },
                  changed: changed.filter { $0.overlaps(range) }, sentence: sentence.flatMap { $0.overlaps(range) ? $0 : nil })
        }
    }

    /// Draws article text grapheme by grapheme so each one can take the
    /// style of the ranges (entities, the chosen entity, search matches)
    /// that cover its source offset.
    static func drawSource(_ text: SourceText, _ range: TextRange, x: Int, y: Int, base: Style,
                                   marks: Marks, clip: Rect, into buffer: inout ScreenBuffer) {
        let local = marks.within(range)
        var col = x
        var offset = range.start
        for character in text[range] {
            col = buffer.put(String(character), x: col, y: y, style: local.style(at: offset, base: base), clip: clip)
            offset += character.unicodeScalars.count
        }
    }

    /// "person  organisation  place  ┃ quote", each in its own style.
    private static func drawLegend(x: Int, y: Int, clip: Rect, into buffer: inout ScreenBuffer) {
        var col = x
        for type in EntityType.allCases {
            col = buffer.put(EntityStyle.label(for: type), x: col, y: y, style: EntityStyle.style(for: type), clip: clip)
            col = buffer.put("  ", x: col, y: y, clip: clip)
        }
        col = buffer.put("┃ ", x: col, y: y, style: Theme.quoteMarker, clip: clip)
        buffer.put("quote", x: col, y: y, style: Theme.quote, clip: clip)
    }
}
