/// One paragraph as the attribution rules read it: its tokens, lowercased,
/// with the sentence, the entity mention and the quotation each belongs to.
struct ParagraphWords {
    let index: Int
    let tokens: [Token]
    /// Lowercased token text.
    let words: [String]
    /// Index of the sentence (in the paragraph) holding each token.
    let sentence: [Int]
    /// Index into the article's entities of the mention holding each token.
    let mention: [Int?]
    /// Index of the quotation span holding each token (marks included).
    var quote: [Int?]

    init(article: Article, paragraph index: Int) {
        self.index = index
        let paragraph = article.paragraphs[index]
        tokens = Tokenizer.tokens(in: article.source, range: paragraph.range)
        words = tokens.map { article.source.lowercased($0.range) }
        var sentence: [Int] = []
        var mention: [Int?] = []
        sentence.reserveCapacity(tokens.count)
        mention.reserveCapacity(tokens.count)
        var s = 0
        let sentences = paragraph.sentences
        // Mentions are in reading order: one cursor walks them.
        let entities = article.entities
        var m = Self.firstMention(in: entities, from: paragraph.range.start)
        for token in tokens {
            while s + 1 < sentences.count, sentences[s + 1].range.start <= token.range.start { s += 1 }
            sentence.append(s)
            while m < entities.count, entities[m].range.end <= token.range.start { m += 1 }
            mention.append(m < entities.count && entities[m].range.start <= token.range.start ? m : nil)
        }
        self.sentence = sentence
        self.mention = mention
        quote = Array(repeating: nil, count: tokens.count)
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
