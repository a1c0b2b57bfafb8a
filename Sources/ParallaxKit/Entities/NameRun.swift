/// A word of a capitalised run, as the entity rules see it.
struct NameToken {
    /// The word without a possessive "'s".
    let range: TextRange
    let text: String
    let sentenceInitial: Bool

    /// Two letters or more, all capitals (counted without making an array:
    /// this is asked of most name words, several times).
    var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where s.isLetter {
            guard s.isUppercaseLetter else { return false }
            letters += 1
        }
        return letters >= 2
    }
    var hasDigit: Bool { text.unicodeScalars.contains(where: \.isDigit) }
}

/// Finds runs of capitalised words in a paragraph: the places where names
/// can be. A run may hold lowercase connectors between capitalised words
/// ("Secretary of State", "Bashar al-Assad") and the period of an
/// abbreviated title ("Sen. John McCain"); a possessive ends it.
enum NameRuns {
    struct Run {
        let tokens: [NameToken]
        /// The lowercase word just before the run ("spokesman"), if any.
        let wordBefore: String?
        /// The tokens just after the run, for "(ACRONYM)" and "/AGENCY".
        let after: [String]
        /// Where the first of them stands ("party" in "Democratic party").
        var afterRange: TextRange? = nil
    }

    static func runs(in text: SourceText, paragraph: Paragraph, tokensPerStretch: Int = tokensPerStretch) -> [Run] {
        let tokens = Tokenizer.tokens(in: text, range: paragraph.range)
        let stretches = stretches(of: tokens, in: text, size: tokensPerStretch)
        guard stretches.count > 1 else { return runs(tokens, tokens.indices, in: text, paragraph: paragraph) }
        return ParallelMap.joined(stretches.count) { runs(tokens, stretches[$0], in: text, paragraph: paragraph) }
    }

    /// Tokens read at a time on one core (a paragraph of half a megabyte).
    static let tokensPerStretch = 1 << 17

    /// `tokens`' indices cut after about every `tokensPerStretch`, just
    /// after a comma. A comma ends any run and leaves nothing behind for the
    /// next token but where the sentences stand (found again from that
    /// token), so the stretches' runs joined in order are the paragraph's:
    /// a whole article on one line is read on every core.
    static func stretches(of tokens: [Token], in text: SourceText, size: Int) -> [Range<Int>] {
        guard tokens.count >= 2 * size else { return [tokens.indices] }
        var stretches: [Range<Int>] = []
        var start = 0
        var cut = size
        while cut < tokens.count {
            while cut < tokens.count, !(tokens[cut].kind == .punctuation && text.scalars[tokens[cut].range.start] == ",") {
                cut += 1
            }
            guard cut + 1 < tokens.count else { break }
            stretches.append(start..<cut + 1)
            start = cut + 1
            cut = start + size
        }
        stretches.append(start..<tokens.count)
        return stretches
    }

    /// The runs that start in `stretch` of the paragraph's `tokens`.
    private static func runs(_ tokens: [Token], _ stretch: Range<Int>, in text: SourceText, paragraph: Paragraph) -> [Run] {
        let s = text.scalars
        let sentences = paragraph.sentences
        // Sentences start in order: one index walks them, from the first not before the stretch.
        var nextSentence = stretch.lowerBound == 0 || stretch.isEmpty ? 0
            : sentences.firstIndex(past: { $0.range.start >= tokens[stretch.lowerBound].range.start })
        var runs: [Run] = []
        var current: [NameToken] = []
        // The lowercase word before the current run, and before the next one (kept as a
        // range: most words never start a run, so no string is made for them).
        var wordBefore: TextRange? = nil
        var pendingWordBefore: TextRange? = nil
        // After a comma nothing is sentence-initial until a sentence starts.
        var atSentenceStart = stretch.lowerBound == 0

        func close(at index: Int) {
            guard !current.isEmpty else { return }
            // Connectors never end a run.
            while let last = current.last, EntityCues.nameConnectors.contains(last.text)
                    || ["the", "for", "and", "&"].contains(last.text) {
                current.removeLast()
            }
            let after = tokens[index..<min(tokens.count, index + 3)].map { text[$0.range] }
            if !current.isEmpty {
                runs.append(Run(tokens: current, wordBefore: wordBefore.map { text.lowercased($0) }, after: after,
                                afterRange: index < tokens.count ? tokens[index].range : nil))
            }
            current = []
        }

        var i = stretch.lowerBound
        while i < stretch.upperBound {
            let token = tokens[i]
            while nextSentence < sentences.count, sentences[nextSentence].range.start < token.range.start { nextSentence += 1 }
            if nextSentence < sentences.count, sentences[nextSentence].range.start == token.range.start { atSentenceStart = true }
            if token.kind == .punctuation {
                let mark = s[token.range.start]
                // "Sen." keeps the run going; anything else ends it.
                if mark == ".", let last = current.last, EntityCues.abbreviatedTitles.contains(last.text),
                   i + 1 < tokens.count, isNameWord(s, tokens[i + 1].range) {
                    i += 1
                    continue
                }
                // "Martha Q. Stone"-style middle initials: a given name, an initial, a period, a name.
                if mark == ".", current.count >= 2, let initial = current.last, initial.text.count == 1,
                   initial.text.first!.isUppercase, Gazetteer.shared.isGivenName(current[current.count - 2].text),
                   i + 1 < tokens.count, isNameWord(s, tokens[i + 1].range) {
                    // The initial keeps its period ("K."), so the name is written as in the text.
                    current[current.count - 1] = NameToken(range: TextRange(initial.range.start, token.range.end),
                                                           text: initial.text + ".", sentenceInitial: initial.sentenceInitial)
                    i += 1
                    continue
                }
                // "Victoria & Albert Museum": an ampersand inside a headed name.
                if mark == "&", !current.isEmpty, joinsHeadedName(tokens, i, text) {
                    current.append(NameToken(range: token.range, text: "&", sentenceInitial: false))
                    i += 1
                    continue
                }
                close(at: i)
                pendingWordBefore = nil
                // An opening quote or a colon starts an utterance: what follows is sentence-initial.
                if mark == ":" || mark == "\"" || mark == "“" || mark == "‘" || mark == "«" {
                    atSentenceStart = true
                } else if !mark.isOpeningPunctuation {
                    atSentenceStart = false
                }
                i += 1
                continue
            }
            if isNameWord(s, token.range) {
                if current.isEmpty { wordBefore = pendingWordBefore }
                // A possessive "'s" is not part of the name.
                let r = token.range
                let possessive = r.length > 2 && s[r.end - 1] == "s" && s[r.end - 2].isWordInternalApostrophe
                let range = possessive ? TextRange(r.start, r.end - 2) : r
                current.append(NameToken(range: range, text: text[range], sentenceInitial: atSentenceStart && current.isEmpty))
                atSentenceStart = false
                if possessive { close(at: i + 1) }
            } else if !current.isEmpty, token.range.length <= 5, isConnector(text[token.range], after: current),
                      text[token.range] == "and" ? joinsHeadedName(tokens, i, text) : connectsToName(tokens, i, text) {
                current.append(NameToken(range: token.range, text: text[token.range], sentenceInitial: false))
            } else {
                close(at: i)
                pendingWordBefore = token.range
                atSentenceStart = false
            }
            i += 1
        }
        close(at: stretch.upperBound)
        return runs
    }

    /// "of", "von", "al" join name words; "the" only after another connector ("of the");
    /// "for" only after an organisation's head word ("Institute for Fiscal Studies"),
    /// "and" only before one ("Science and Industry Museum").
    /// "at" only in "University of Westmarch at Dunmore".
    private static func isConnector(_ word: String, after run: [NameToken]) -> Bool {
        guard let previous = run.last else { return false }
        switch word {
        case "the": return EntityCues.nameConnectors.contains(previous.text) || previous.text == "for"
        // Not after a venue: "left Wembley Stadium for the coast".
        case "for": return EntityCues.orgSuffixes.contains(previous.text) || ["Center", "Centre"].contains(previous.text)
        // Not after a party word or an acronym: "Greens and Farmers Party", "EPA and Labour Department".
        case "and": return !EntityCues.isHeadWord(previous.text) && !EntityCues.partyWords.contains(previous.text)
            && !previous.isAllCaps
        case "at": return run.first?.text == "University" && run.contains { $0.text == "of" }
        default: return EntityCues.nameConnectors.contains(word)
        }
    }

    /// True when the capitalised words after the "and" or "&" at `i` end in an
    /// organisation's or venue's head word ("... & Albert Museum").
    private static func joinsHeadedName(_ tokens: [Token], _ i: Int, _ text: SourceText) -> Bool {
        // "Harbour Gazette and BBC News": an acronym after it starts a name of its own.
        if i + 1 < tokens.count, NameToken(range: tokens[i + 1].range, text: text[tokens[i + 1].range], sentenceInitial: false).isAllCaps {
            return false
        }
        var j = i + 1
        while j < tokens.count, j - i <= 4, isNameWord(text.scalars, tokens[j].range) { j += 1 }
        return j > i + 1 && EntityCues.isHeadWord(text[tokens[j - 1].range])
            && (j == tokens.count || tokens[j].kind == .punctuation || !isNameWord(text.scalars, tokens[j].range))
    }

    /// True when connectors from `i` on lead to a capitalised word ("von der Leyen").
    private static func connectsToName(_ tokens: [Token], _ i: Int, _ text: SourceText) -> Bool {
        var j = i + 1
        // After a first connector, "the" may follow ("Organization of the Petroleum Exporting Countries").
        while j < tokens.count, tokens[j].range.length <= 5, case let word = text[tokens[j].range],
              EntityCues.nameConnectors.contains(word) || word == "the" {
            j += 1
        }
        return j < tokens.count && j - i <= 3 && isNameWord(text.scalars, tokens[j].range)
    }

    /// Starts with a capital or a digit-letter code ("G20"), or is an
    /// Arabic-style name with a lowercase article ("al-Assad").
    static func isNameWord(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return isNameWord(scalars, TextRange(0, scalars.count))
    }

    static func isNameWord(_ s: [Unicode.Scalar], _ range: TextRange) -> Bool {
        guard !range.isEmpty else { return false }
        let first = s[range.start]
        if first.isUppercaseLetter { return true }
        guard first == "a" || first == "e" || first == "b" || first == "i" else { return false }
        // "al-Assad", "el-Sisi", "bin-Salman": a lowercase article, a hyphen, a capital.
        var i = range.start
        while i < range.end, s[i].isLowercaseLetter { i += 1 }
        let prefix = i - range.start
        return prefix >= 2 && prefix <= 3 && i + 1 < range.end && s[i] == "-" && s[i + 1].isUppercaseLetter
    }
}
