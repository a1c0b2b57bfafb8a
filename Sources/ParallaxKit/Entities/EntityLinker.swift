/// Turns every article's candidates into mentions with one canonical name
/// per entity across the corpus.
///
/// - People: full names ("Vladimir Putin", "Kim Jong-un") are grouped by
///   their letters (case and hyphens aside) under their most frequent
///   spelling. A lone name ("Putin", "Kim", "Xi") goes to the full name
///   whose last word, else first word, it is: in the same article first,
///   else in the corpus when only one full name fits. People who share a
///   surname are never merged without that evidence.
/// - Acronyms defined anywhere ("Islamic State (IS)") link to their long form.
/// - Weak candidates stay only if one of these links them.
struct EntityLinker {
    /// Candidates of one article resolved at a time on one core (tests use fewer).
    var candidatesPerRun = 1 << 15
    /// Articles resolved at a time on one core, sharing what each candidate
    /// says (`Resolution`); nil: enough runs for every core (tests use one).
    var articlesPerRun: Int?

    /// A person: their name's key and its words (the key's, so that two
    /// people are the same when their keys are).
    private struct Person: Hashable {
        let key: String
        let words: [String]

        static func == (a: Person, b: Person) -> Bool { a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(key) }
    }

    /// People indexed by their last and first words, for lone names.
    private struct People {
        var byLast: [String: [Person]] = [:]
        var byFirst: [String: [Person]] = [:]

        init<S: Sequence>(_ people: S) where S.Element == Person {
            for p in people {
                byLast[p.words.last!, default: []].append(p)
                byFirst[p.words.first!, default: []].append(p)
            }
        }

        /// The one person whose last word is `word`, else whose first word is.
        /// A function word is nobody's name: a sentence's "At" is not the
        /// last word of a headline taken for a name ("... Opens Bakery At").
        func match(_ word: String) -> Person? {
            let w = EntityLinker.key(word)
            guard !CommonWords.english.contains(w) else { return nil }
            return match(key: w)
        }

        /// `match` for a word's key, known to be no function word.
        func match(key w: String) -> Person? {
            if let last = byLast[w] { return last.count == 1 ? last[0] : nil }
            if let first = byFirst[w], first.count == 1 { return first[0] }
            return nil
        }
    }

    func link(_ perArticle: [ArticleCandidates]) -> [[EntityMention]] {
        // Full names, their spellings, and the acronyms the corpus defines.
        // Each spelling counted first, its key made once (a long text names
        // the same people thousands of times).
        var seen: [String: (count: Int, order: Int)] = [:]
        var acronyms: [String: DefinedAcronym] = [:]
        for article in perArticle {
            acronyms.merge(article.acronyms) { first, _ in first }
            for c in article.candidates where Self.isFullName(c) {
                let order = seen.count
                seen[c.text, default: (0, order)].count += 1
            }
        }
        var spellings: [String: [String: Int]] = [:]
        for (text, spelling) in seen { spellings[Self.key(text), default: [:]][text] = spelling.count }
        let firstSeen = seen.mapValues(\.order)
        // The most frequent spelling (the first seen on a tie), written in capitals only when nothing else is.
        let canonicalPerson: [String: String] = spellings.mapValues { variants in
            let shouted = { (s: String) in s == s.uppercased() }
            let pool = variants.filter { !shouted($0.key) }.isEmpty ? variants : variants.filter { !shouted($0.key) }
            let best = pool.max { a, b in a.value != b.value ? a.value < b.value : firstSeen[a.key]! > firstSeen[b.key]! }!.key
            return shouted(best) ? best.split(separator: " ").map { $0.capitalized }.joined(separator: " ") : best
        }
        let everyone = Dictionary(uniqueKeysWithValues: canonicalPerson.keys.map {
            ($0, Person(key: $0, words: $0.split(separator: " ").map(String.init)))
        })
        let corpusPeople = People(everyone.values)
        // Each full name as written (each spelling of a key), its person:
        // its key made once for the corpus, not again in each article that
        // writes it.
        var personOf: [String: Person] = [:]
        personOf.reserveCapacity(seen.count)
        for (key, variants) in spellings { for text in variants.keys { personOf[text] = everyone[key]! } }
        let longForms = Dictionary(acronyms.values.map { ($0.name, $0.type) }) { first, _ in first }

        // What each candidate says is worked out once per run of articles
        // (the same names recur across a corpus: working each out again was
        // most of linking); what the article's own people decide is looked
        // up per article.
        let tables = Tables(corpusPeople: corpusPeople, canonicalPerson: canonicalPerson, acronyms: acronyms,
                            longForms: longForms)
        // The people an article names in full.
        let peopleOf = { (article: ArticleCandidates) -> People in
            var names: Set<String> = []
            for c in article.candidates where Self.isFullName(c) {
                names.insert(c.text)
            }
            return People(Set(names.map { personOf[$0]! }))
        }
        let mentions = { (candidates: ArraySlice<EntityCandidate>, local: People, said: inout [Said: Resolution]) in
            candidates.compactMap { c in Self.mention(c, local, tables, said: &said) }
        }
        let size = articlesPerRun ?? max(64, perArticle.count / (8 * ParallelMap.threadCount) + 1)
        let runs = ParallelMap.runs(perArticle.count, of: size)
        return ParallelMap.joined(runs.count) { r in
            var said: [Said: Resolution] = [:]
            return perArticle[runs[r]].map { article in
                let local = peopleOf(article)
                guard article.candidates.count >= Self.rememberedFrom else {
                    return Self.withoutOverlaps(mentions(article.candidates[...], local, &said))
                }
                // A whole book's candidates are resolved a run at a time on
                // every core, each run remembering what its candidates say.
                let parts = ParallelMap.runs(article.candidates.count, of: candidatesPerRun)
                return Self.withoutOverlaps(ParallelMap.joined(parts.count) { p in
                    var said: [Said: Resolution] = [:]
                    return mentions(article.candidates[parts[p]], local, &said)
                })
            }
        }
    }

    /// A strong person candidate of two words or more: a full name.
    private static func isFullName(_ c: EntityCandidate) -> Bool {
        c.type == .person && c.strength == .strong && c.text.utf8.contains(0x20)
    }

    /// Candidates in an article from which its candidates are resolved in
    /// runs on every core.
    static let rememberedFrom = 1000

    /// What the whole corpus says of names: its people, their canonical
    /// spellings, the acronyms it defines and their long forms.
    private struct Tables: Sendable {
        let corpusPeople: People
        let canonicalPerson: [String: String]
        let acronyms: [String: DefinedAcronym]
        let longForms: [String: EntityType]
    }

    /// All of a candidate that resolving it reads: everything but its range.
    private struct Said: Hashable {
        let text: String
        let type: EntityType
        let canonical: String?
        let strength: EntityCandidate.Strength
    }

    /// What a candidate resolves to in any article: settled by the corpus
    /// (`settled`: an acronym or its long form), else the person of the
    /// article whose name `localKey` matches, if any, else `otherwise`.
    private struct Resolution {
        let settled: (type: EntityType, entity: String)?
        /// A lone word's key, looked up among the article's people (nil:
        /// not looked up: a full name, an organisation, a function word).
        let localKey: String?
        let otherwise: (type: EntityType, entity: String)?
    }

    /// The mention `c` makes in the article whose people are `local`, what
    /// it says worked out once for the run (`said`).
    private static func mention(_ c: EntityCandidate, _ local: People, _ tables: Tables,
                                said: inout [Said: Resolution]) -> EntityMention? {
        let key = Said(text: c.text, type: c.type, canonical: c.canonical, strength: c.strength)
        let resolution: Resolution
        if let known = said[key] {
            resolution = known
        } else {
            resolution = resolve(c, tables)
            said[key] = resolution
        }
        // A lone word that names a person of this article is that person, even if it is also a place ("Kim").
        if resolution.settled == nil, let w = resolution.localKey, let person = local.match(key: w) {
            return EntityMention(range: c.range, type: .person, entity: tables.canonicalPerson[person.key]!)
        }
        return (resolution.settled ?? resolution.otherwise).map { EntityMention(range: c.range, type: $0.type, entity: $0.entity) }
    }

    private static func resolve(_ c: EntityCandidate, _ tables: Tables) -> Resolution {
        // A defined acronym, or its long form, is that organisation (or place: "Ridgeway Regional Airport (RRA)").
        if let long = tables.acronyms[c.text] { return Resolution(settled: (long.type, long.name), localKey: nil, otherwise: nil) }
        if let type = tables.longForms[c.text] { return Resolution(settled: (type, c.text), localKey: nil, otherwise: nil) }
        let isLone = !c.text.utf8.contains(0x20)
        var localKey: String?
        if isLone, c.type != .org {
            let w = key(c.text)
            if !CommonWords.english.contains(w) { localKey = w }
        }
        let otherwise: (type: EntityType, entity: String)?
        switch (c.type, c.strength) {
        case (.person, _) where !isLone:
            otherwise = (.person, tables.canonicalPerson[key(c.text)] ?? c.text)
        case (.person, _):
            if let w = localKey, let person = tables.corpusPeople.match(key: w) {
                otherwise = (.person, tables.canonicalPerson[person.key]!)
            } else {
                otherwise = c.strength == .weak ? nil : (.person, c.text)
            }
        case (_, .weak):
            otherwise = nil
        default:
            otherwise = (c.type, c.canonical ?? c.text)
        }
        return Resolution(settled: nil, localKey: localKey, otherwise: otherwise)
    }

    /// Lowercase, hyphens as spaces: "Kim Jong-un" and "Kim Jong Un" are one key.
    static func key(_ name: String) -> String {
        // The common case, one plain word, without splitting and joining.
        if !name.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D }) { return name.lowercased() }
        return name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }

    /// Mentions in order; where two overlap the longer stays.
    static func withoutOverlaps(_ mentions: [EntityMention]) -> [EntityMention] {
        let ordered = inOrder(mentions)
        // Most articles have no two mentions that overlap: they stand as
        // they are (settling each run of one made two arrays a mention).
        var end = Int.min
        if ordered.allSatisfy({ m in
            defer { end = max(end, m.range.end) }
            return m.range.start >= end
        }) {
            return ordered
        }
        // Mentions overlap only within a run of mentions that chain by
        // overlapping: each run is settled on its own, so the cost grows
        // with the article's length, not its square.
        var kept: [EntityMention] = []
        var run: [EntityMention] = []
        var runEnd = Int.min
        func settle() {
            let sorted = run.sorted { $0.range.length != $1.range.length ? $0.range.length > $1.range.length : $0.range < $1.range }
            var settled: [EntityMention] = []
            for m in sorted where !settled.contains(where: { $0.range.overlaps(m.range) }) { settled.append(m) }
            kept += settled
            run.removeAll(keepingCapacity: true)
        }
        for m in ordered {
            if m.range.start >= runEnd, !run.isEmpty { settle() }
            run.append(m)
            runEnd = max(run.count == 1 ? m.range.end : runEnd, m.range.end)
        }
        if !run.isEmpty { settle() }
        return inOrder(kept)
    }

    /// Mentions by range: as they are when they are so already (most
    /// are; a check is cheaper than a sort that moves a million of them).
    private static func inOrder(_ mentions: [EntityMention]) -> [EntityMention] {
        let sorted = mentions.indices.dropFirst().allSatisfy { !(mentions[$0].range < mentions[$0 - 1].range) }
        return sorted ? mentions : mentions.sorted { $0.range < $1.range }
    }
}
