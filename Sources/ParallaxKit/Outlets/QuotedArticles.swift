/// A stored corpus's articles as the outlets report reads them, each read
/// from the index once: its outlet, title, word count, linked entities,
/// quotations and credits, and of its text only its quotations'.
///
/// The report asks for each article a few times over (its outlet, its
/// entities, its speakers, its credits, its event's quotations, its
/// headline): made from a stored corpus, each ask read the article's row
/// again, and at 100,000 articles the report took about three minutes
/// where reading each article once takes seconds. Its whole text is not
/// kept (four bytes a character: over a gigabyte at that size).
struct QuotedArticles {
    /// Each article with a text of its quotations alone: what the report
    /// reads of quotations (words, kinds, lengths) is theirs.
    let articles: [Article]
    /// Each article's credits (`CreditFinder`), found in its whole text.
    let credits: [[Credit]]
    /// Where each article's quotations stand in its own text.
    let ranges: [[TextRange]]

    /// Reads every article of `shelf` once, on every core.
    init(_ shelf: ArticleShelf) {
        let read = shelf.mapEveryArticle { article in
            (article.quotationsOnly(), CreditFinder.credits(in: article), article.quotes.map(\.range))
        }
        articles = read.map(\.0)
        credits = read.map(\.1)
        ranges = read.map(\.2)
    }

    /// The report made of these articles, its quotations placed in their
    /// articles' own texts.
    func report(events: [NewsEvent], kept: EventQuotesStore?) -> OutletReport {
        let made = OutletReport(articles: articles, events: { events }, kept: kept, credits: credits)
        var quotations: [SpeakerIndex.QuoteRef: OutletReport.Quoted] = [:]
        for (ref, q) in made.quotations {
            quotations[ref] = OutletReport.Quoted(speaker: q.speaker, text: q.text, range: ranges[ref.article][ref.quote])
        }
        return OutletReport(event: nil, profiles: made.profiles, speakerMatrix: made.speakerMatrix, quotations: quotations)
    }
}

extension Article {
    /// This article with a text of its quotations alone, one after
    /// another with a line break after each, each quotation's range moved
    /// to its words there. Only for the report: it has no lines or
    /// paragraphs (a quotation's `paragraph` points at none), its entities'
    /// ranges and its `textHash` are those of the whole text.
    fileprivate func quotationsOnly() -> Article {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(quotes.reduce(0) { $0 + $1.range.length + 1 })
        let moved = quotes.map { q -> Quotation in
            let start = scalars.count
            scalars += source.scalars[q.range.start..<q.range.end]
            scalars.append("\n")
            return Quotation(range: TextRange(start, start + q.range.length), kind: q.kind, speaker: q.speaker, cue: q.cue,
                             paragraph: q.paragraph, words: q.words)
        }
        return Article(id: id, path: path, format: format, source: SourceText(scalars: scalars), frontMatter: nil,
                       lines: [], paragraphs: [], metadata: metadata, warnings: [], entities: entities, quotes: moved,
                       wordCount: wordCount, textHash: textHash)
    }
}
