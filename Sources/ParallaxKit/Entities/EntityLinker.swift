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

    private struct Person: Hashable {
        let key: String
        let words: [String]
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
        let longForms = Dictionary(acronyms.values.map { ($0.name, $0.type) }) { first, _ in first }

        // Each article resolved on every core.
        return ParallelMap.mapAll(perArticle) { article in
            var names: Set<String> = []
            for c in article.candidates where Self.isFullName(c) {
                names.insert(c.text)
            }
            let localPeople = People(Set(names.compactMap { everyone[Self.key($0)] }))
            let resolveOne = { (c: EntityCandidate) in
                resolve(c, localPeople, corpusPeople, canonicalPerson, acronyms, longForms)
            }
            // A candidate resolves by what it says, not where it stands: in a
            // long text, which names the same people thousands of times, each
            // is worked out once (0.5 s of a 20 MB text). Remembering costs
            // more than it saves in an article of ordinary length.
            guard article.candidates.count >= Self.rememberedFrom else {
                return Self.withoutOverlaps(article.candidates.compactMap(resolveOne))
            }
            // A whole book's candidates are resolved a run at a time on every
            // core, each run remembering its own.
            let runs = ParallelMap.runs(article.candidates.count, of: candidatesPerRun)
            return Self.withoutOverlaps(ParallelMap.joined(runs.count) { r in
                Self.remembering(article.candidates[runs[r]], resolveOne)
            })
        }
    }

    /// A strong person candidate of two words or more: a full name.
    private static func isFullName(_ c: EntityCandidate) -> Bool {
        c.type == .person && c.strength == .strong && c.text.utf8.contains(0x20)
    }

    /// Candidates in an article from which each distinct one is resolved once.
    static let rememberedFrom = 1000

    /// The mentions `resolve` makes of `candidates`, each distinct one resolved once.
    private static func remembering(_ candidates: ArraySlice<EntityCandidate>,
                                    _ resolve: (EntityCandidate) -> EntityMention?) -> [EntityMention] {
        var resolved: [Said: (type: EntityType, entity: String)?] = [:]
        var mentions: [EntityMention] = []
        for c in candidates {
            let said = Said(text: c.text, type: c.type, canonical: c.canonical, strength: c.strength)
            let found: (type: EntityType, entity: String)?
            if let known = resolved[said] {
                found = known
            } else {
                found = resolve(c).map { ($0.type, $0.entity) }
                resolved[said] = .some(found)
            }
            if let found { mentions.append(EntityMention(range: c.range, type: found.type, entity: found.entity)) }
        }
        return mentions
    }

    /// All of a candidate that `resolve` reads: everything but its range.
    private struct Said: Hashable {
        let text: String
        let type: EntityType
        let canonical: String?
        let strength: EntityCandidate.Strength
    }

    private func resolve(_ c: EntityCandidate, _ local: People, _ corpus: People, _ canonicalPerson: [String: String],
                         _ acronyms: [String: DefinedAcronym], _ longForms: [String: EntityType]) -> EntityMention? {
        // A defined acronym, or its long form, is that organisation (or place: "Ridgeway Regional Airport (RRA)").
        if let long = acronyms[c.text] { return EntityMention(range: c.range, type: long.type, entity: long.name) }
        if let type = longForms[c.text] { return EntityMention(range: c.range, type: type, entity: c.text) }
        let isLone = !c.text.utf8.contains(0x20)
        // A lone word that names a person of this article is that person, even if it is also a place ("Kim").
        if isLone, c.type != .org, let person = local.match(c.text) {
            return EntityMention(range: c.range, type: .person, entity: canonicalPerson[person.key]!)
        }
        switch (c.type, c.strength) {
        case (.person, _) where !isLone:
            return EntityMention(range: c.range, type: .person, entity: canonicalPerson[Self.key(c.text)] ?? c.text)
        case (.person, _):
            if let person = corpus.match(c.text) {
                return EntityMention(range: c.range, type: .person, entity: canonicalPerson[person.key]!)
            }
            return c.strength == .weak ? nil : EntityMention(range: c.range, type: .person, entity: c.text)
        case (_, .weak):
            return nil
        default:
            return EntityMention(range: c.range, type: c.type, entity: c.canonical ?? c.text)
        }
    }

    /// Lowercase, hyphens as spaces: "Kim Jong-un" and "Kim Jong Un" are one key.
    static func key(_ name: String) -> String {
        // The common case, one plain word, without splitting and joining.
        if !name.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D }) { return name.lowercased() }
        return name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }

    /// Mentions in order; where two overlap the longer stays.
    static func withoutOverlaps(_ mentions: [EntityMention]) -> [EntityMention] {
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
        for m in inOrder(mentions) {
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
