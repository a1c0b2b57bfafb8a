import ParallaxLexicon

/// The gender a name list or title gives a person.
enum Gender: Sendable { case male, female }

/// The generated name lists (places, first names, common words, demonyms),
/// decoded once on first use from the packed lists of ParallaxLexicon. See
/// scripts/gen_gazetteers.py for the sources.
final class Gazetteer: Sendable {
    static let shared = Gazetteer()

    /// Surface form -> canonical place name (generated and hand-kept).
    let places: [String: String]
    /// Given names that are not also English words.
    let firstNames: Set<String>
    /// Given names that are also English words ("Will", "Rose").
    let ambiguousFirstNames: Set<String>
    /// Given names the list gives as male or mostly male, female or mostly female.
    let givenNameGenders: [String: Gender]
    let commonWords: Set<String>
    let demonyms: Set<String>
    /// Canonical names of countries (values of `places`).
    let countries: Set<String>
    /// Frequent surnames, lowercase.
    let surnames: Set<String>
    /// First words of every multi-word name the gazetteers and cue lists
    /// know ("South" for "South China Sea"): only these can begin a longer match.
    let multiWordStarts: Set<String>

    private init() {
        var places: [String: String] = [:]
        places.reserveCapacity(Lexicon.places.count + EntityCues.places.count)
        Lexicon.places.forEachRow { row in
            let parts = row.split(separator: "\t", maxSplits: 1)
            places[String(parts[0])] = String(parts.count > 1 ? parts[1] : parts[0])
        }
        for (surface, canonical) in EntityCues.places { places[surface] = canonical }
        self.places = places
        var first: Set<String> = [], ambiguous: Set<String> = [], genders: [String: Gender] = [:]
        Lexicon.firstNames.forEachRow { row in
            // "Rose\tword\tf": the name, then its markers.
            let parts = row.split(separator: "\t"), name = String(parts[0])
            if parts.contains("word") { ambiguous.insert(name) } else { first.insert(name) }
            if parts.contains("m") { genders[name] = .male } else if parts.contains("f") { genders[name] = .female }
        }
        firstNames = first
        ambiguousFirstNames = ambiguous
        givenNameGenders = genders
        commonWords = Set(Lexicon.commonWords.rows)
        demonyms = Set(Lexicon.demonyms.rows)
        countries = Set(Lexicon.countries.rows)
        surnames = Set(Lexicon.surnames.rows)
        var starts: Set<String> = []
        for name in Array(places.keys) + Array(EntityCues.organisations.keys) + Array(EntityCues.notEntities) {
            if let space = name.firstIndex(of: " ") { starts.insert(String(name[..<space])) }
        }
        multiWordStarts = starts
    }

    /// "U.S.", "Canada": a place that names a country.
    func isCountry(_ surface: String) -> Bool {
        places[surface].map(countries.contains) == true
    }

    /// A given name, whether or not it is also a word ("Mary", "Will").
    func isGivenName(_ word: String) -> Bool { firstNames.contains(word) || ambiguousFirstNames.contains(word) }

    /// "Mary" is female, "John" male; nil for a unisex name ("Robin"), one
    /// the list gives both ways ("Andrea"), or one it lacks.
    func gender(ofGivenName name: String) -> Gender? { givenNameGenders[name] }

    /// "Lee", "O'Neill": a frequent surname (the census writes it without apostrophes).
    func isSurname(_ word: String) -> Bool {
        surnames.contains(word.lowercased().filter { $0 != "'" && $0 != "’" })
    }

    /// "Russian", "Iraqis": a group adjective or its plural.
    func isDemonym(_ word: String) -> Bool {
        demonyms.contains(word) || (word.hasSuffix("s") && demonyms.contains(String(word.dropLast())))
    }

    /// True when the lowercase form of `word` is a plain English word (from
    /// the generated list, or the hand-kept function and page words).
    func isCommon(_ word: String) -> Bool {
        let lower = word.lowercased()
        return commonWords.contains(lower) || CommonWords.english.contains(lower)
    }
}
