import Foundation

extension QuoteExtractor {
    /// An article's mentions looked up by name, by surname and by the words
    /// before them. Each table is worked out the first time it is asked
    /// for, once: the extractors that read one long paragraph's quotations
    /// on every core share them (safe from any thread).
    final class Lookups: @unchecked Sendable {
        let article: Article
        /// Names whose title words are read at a time on one core (see
        /// `namesByTitleWord`; tests use fewer).
        let namesPerRun: Int
        private let byName = Once<[String: [Int]]>()
        private let bySurname = Once<[String: [Int]]>()
        private let people = Once<(mentions: [(index: Int, name: Int)], names: [String])>()
        private let byTitleWord = Once<[String: [Int]]>()

        init(article: Article, namesPerRun: Int) {
            self.article = article
            self.namesPerRun = namesPerRun
        }

        /// Each entity's mentions (indices into the article's entities, in
        /// text order), by canonical name: looked up per quotation, not
        /// searched for.
        var mentionsByName: [String: [Int]] {
            byName.value {
                var out: [String: [Int]] = [:]
                for (m, mention) in article.entities.enumerated() { out[mention.entity, default: []].append(m) }
                return out
            }
        }

        /// The mentions of people named in two words or more, by each of the
        /// endings of their name's key after a space ("cruz", "la cruz" and "de
        /// la cruz" for "Maria de la Cruz"): who "Cruz" is, found at once.
        var peopleBySurname: [String: [Int]] {
            bySurname.value {
                var out: [String: [Int]] = [:]
                // Each name's endings, worked out once per name.
                var keys: [String: [String]] = [:]
                for (m, mention) in article.entities.enumerated() where mention.type == .person {
                    let endings = keys[mention.entity] ?? {
                        var endings: [String] = []
                        guard Self.hasSpace(mention.entity) else {
                            keys[mention.entity] = endings
                            return endings
                        }
                        let key = EntityLinker.key(mention.entity)
                        var i = key.startIndex
                        while let space = key[i...].firstIndex(of: " ") {
                            endings.append(String(key[key.index(after: space)...]))
                            i = key.index(after: space)
                        }
                        keys[mention.entity] = endings
                        return endings
                    }()
                    for ending in endings { out[ending, default: []].append(m) }
                }
                return out
            }
        }

        /// `name.contains(" ")`, the Foundation search, asked only of a name
        /// with a space byte and a scalar outside ASCII: in ASCII text a space
        /// byte is a space. (The search was two fifths of `peopleBySurname`'s cost.)
        static func hasSpace(_ name: String) -> Bool {
            guard name.utf8.contains(0x20) else { return false }
            return name.isASCII || name.contains(" ")
        }

        /// The article's mentions of people in text order, each with its
        /// name's number in `names`.
        var personMentions: (mentions: [(index: Int, name: Int)], names: [String]) {
            people.value {
                var mentions: [(index: Int, name: Int)] = []
                var names: [String] = []
                var number: [String: Int] = [:]
                for (m, mention) in article.entities.enumerated() where mention.type == .person {
                    let n = number[mention.entity] ?? {
                        names.append(mention.entity)
                        number[mention.entity] = names.count - 1
                        return names.count - 1
                    }()
                    mentions.append((m, n))
                }
                return (mentions, names)
            }
        }

        /// The numbers of the people's names (see `personMentions`) by each of
        /// their title words: which names a role fits, without reading every name.
        var namesByTitleWord: [String: [Int]] {
            byTitleWord.value {
                let names = personMentions.names
                let mentions = mentionsByName
                // An article naming thousands of people (a whole book on one line)
                // reads them a run of names at a time on every core.
                let runs = ParallelMap.runs(names.count, of: namesPerRun)
                let article = article
                let titleWords = ParallelMap.joined(runs.count) { r in
                    var qualifiers: [String: String] = [:]
                    return runs[r].map { Self.titleWords(of: mentions[names[$0]] ?? [], in: article, qualifiers: &qualifiers) }
                }
                var out: [String: [Int]] = [:]
                for (n, words) in titleWords.enumerated() {
                    for word in words { out[word, default: []].append(n) }
                }
                return out
            }
        }

        /// The four words before each of a person's `mentions` in the article,
        /// lowercased, qualifiers normalised ("icelandic", "premier" for
        /// "Icelandic Premier Ada Quist"). Read from the source.
        private static func titleWords(of mentions: [Int], in article: Article,
                                       qualifiers: inout [String: String]) -> Set<String> {
            let s = article.source
            var found: Set<String> = []
            for m in mentions {
                var i = article.entities[m].range.start
                for _ in 0..<4 {
                    while i > 0, !s[i - 1].isAlphanumeric, s[i - 1] != "\n" { i -= 1 }
                    guard i > 0, s[i - 1].isAlphanumeric else { break }
                    var end = i
                    while i > 0, s[i - 1].isAlphanumeric || s[i - 1] == "." || s[i - 1].isWordInternalApostrophe { i -= 1 }
                    // "U.S." keeps its last period, as the tokenizer does.
                    // (A String search only where the scalars hold a period: no other text can match one.)
                    if end < s.count, s[end] == ".", (i..<end).contains(where: { s[$0] == "." }),
                       s[TextRange(i, end)].contains(".") { end += 1 }
                    found.insert(QuoteExtractor.normalQualifier(s.lowercased(TextRange(i, end)), cache: &qualifiers))
                }
            }
            return found
        }
    }
}

/// A value worked out by the first thread to ask for it; any other asking
/// meanwhile waits for that one. Its lock is not recursive: a `make` that
/// asked for its own value would wait for ever (the lookups' makers ask
/// only for other lookups).
final class Once<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
