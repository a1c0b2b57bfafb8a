/// One paragraph as the attribution rules read it: its tokens, lowercased,
/// with the sentence, the entity mention and the quotation each belongs to.
struct ParagraphWords {
    let index: Int
    let tokens: [Token]
    /// Lowercased token text.
    let words: [String]
    /// Index of the sentence (in the paragraph) holding each token.
    let sentence: IndexColumn
    /// Index into the article's entities of the mention holding each token.
    let mention: OptionalIndexColumn
    /// Index of the quotation span holding each token (marks included).
    var quote: OptionalIndexColumn

    init(article: Article, paragraph index: Int, tokensPerRun: Int = tokensPerRun) {
        self.index = index
        let paragraph = article.paragraphs[index]
        let tokens = Tokenizer.tokens(in: article.source, range: paragraph.range)
        self.tokens = tokens
        // The columns are made uninitialised and each run initialises its
        // own part: a paragraph that is a whole long article is read a run
        // of tokens at a time on every core, and its columns (hundreds of
        // megabytes) are not first filled on one.
        let count = tokens.count
        func column<T>(_ fill: (UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                fill(buffer)
                initialized = count
            }
        }
        let runs = ParallelMap.runs(count, of: tokensPerRun)
        var sentence: [Int32] = [], mention: [Int32] = [], quote: [Int32] = []
        let words: [String] = column { words in
            sentence = column { sentence in
                mention = column { mention in
                    quote = column { quote in
                        let out = Columns(words: .init(words), sentence: .init(sentence), mention: .init(mention),
                                          quote: .init(quote))
                        if runs.count > 1 {
                            _ = ParallelMap.mapAll(runs) { Self.read(tokens, $0, of: paragraph, in: article, into: out) }
                        } else {
                            Self.read(tokens, tokens.indices, of: paragraph, in: article, into: out)
                        }
                    }
                }
            }
        }
        self.words = words
        self.sentence = IndexColumn(storage: sentence)
        self.mention = OptionalIndexColumn(storage: mention)
        self.quote = OptionalIndexColumn(storage: quote)
    }

    /// Tokens read at a time on one core (a paragraph of half a megabyte).
    static let tokensPerRun = 1 << 17

    /// The columns being made, initialised by the runs at their own tokens only.
    private struct Columns {
        let words: ParallelMap.Slots<String>
        let sentence: ParallelMap.Slots<Int32>
        let mention: ParallelMap.Slots<Int32>
        let quote: ParallelMap.Slots<Int32>
    }

    /// Initialises each column at the tokens of `run`: the lowercased word,
    /// the sentence and mention the token belongs to, and no quotation.
    private static func read(_ tokens: [Token], _ run: Range<Int>, of paragraph: Paragraph, in article: Article,
                             into out: Columns) {
        guard !run.isEmpty else { return }
        // The first run starts from the paragraph's start; a later one from
        // its first token, the sentence holding it (the last that starts at
        // or before it) and the first mention not ended before it: where one
        // walk from the start would have got to.
        let first = run.lowerBound == 0
        let from = first ? paragraph.range.start : tokens[run.lowerBound].range.start
        let sentences = paragraph.sentences
        var s = first ? 0 : max(0, sentences.firstIndex(past: { $0.range.start > from }) - 1)
        // Mentions are in reading order: one cursor walks them.
        let entities = article.entities
        var m = firstMention(in: entities, from: from)
        for t in run {
            let token = tokens[t]
            out.words.initialize(at: t, to: article.source.lowercased(token.range))
            while s + 1 < sentences.count, sentences[s + 1].range.start <= token.range.start { s += 1 }
            out.sentence.initialize(at: t, to: Int32(s))
            while m < entities.count, entities[m].range.end <= token.range.start { m += 1 }
            out.mention.initialize(at: t, to: m < entities.count && entities[m].range.start <= token.range.start
                                   ? Int32(m) : OptionalIndexColumn.none)
            out.quote.initialize(at: t, to: OptionalIndexColumn.none)
        }
    }

    /// Marks the tokens of span `n`, from its opening mark to its closing
    /// one (or the paragraph's end).
    mutating func markQuote(_ n: Int, open: Int, close: Int?) {
        // Tokens are in text order: from the first at or after `open`, not from the paragraph's start.
        var t = tokens.firstIndex(past: { $0.range.start >= open })
        while t < tokens.count, close.map({ tokens[t].range.start <= $0 }) ?? true {
            quote[t] = n
            t += 1
        }
    }

    /// The tokens of sentence `s` (sentence numbers never go down from one
    /// token to the next, so they are found by binary search, not by a walk
    /// over a paragraph that may be a whole article long).
    func tokens(ofSentence s: Int) -> Range<Int> {
        sentence.firstIndex(past: { $0 >= s })..<sentence.firstIndex(past: { $0 > s })
    }

    /// The token that starts at `offset`.
    func token(at offset: Int) -> Int? {
        let t = tokens.firstIndex(past: { $0.range.start >= offset })
        return t < tokens.count && tokens[t].range.start == offset ? t : nil
    }

    /// Narration: a token outside every quotation.
    func isNarration(_ t: Int) -> Bool { quote[t] == nil }

    private static func firstMention(in entities: [EntityMention], from offset: Int) -> Int {
        entities.firstIndex(past: { $0.range.end > offset })
    }
}
