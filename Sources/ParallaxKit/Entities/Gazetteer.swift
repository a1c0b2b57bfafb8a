import Foundation
import ParallaxLexicon

/// The gender a name list or title gives a person.
enum Gender: Sendable { case male, female }

/// The generated name lists (places, first names, common words, demonyms),
/// decoded once on first use from the packed lists of ParallaxLexicon. See
/// scripts/gen_gazetteers.py for the sources.
final class Gazetteer: Sendable {
    static let shared = Gazetteer()

    /// Starts decoding the lists on a thread of their own (once): a load
    /// that has files to analyse calls it before reading them, so that the
    /// decoding (about 0.2 s) goes on beside the reading and cleaning
    /// instead of holding up the first name looked up.
    static func prepareInBackground() { _ = preparing }
    private static let preparing: Void = Thread.detachNewThread { _ = Gazetteer.shared }

    /// Surface form -> canonical place name (generated and hand-kept).
    let places: WordMap<String>
    /// Given names that are not also English words.
    let firstNames: WordSet
    /// Given names that are also English words ("Will", "Rose").
    let ambiguousFirstNames: WordSet
    /// `firstNames` and `ambiguousFirstNames`: one lookup instead of two.
    private let givenNames: WordSet
    /// Given names the list gives as male or mostly male, female or mostly female.
    let givenNameGenders: [String: Gender]
    let commonWords: Set<String>
    /// `commonWords` and `CommonWords.english`: one lookup instead of two.
    private let commonOrFunctionWords: WordSet
    let demonyms: WordSet
    /// Canonical names of countries (values of `places`).
    let countries: WordSet
    /// Frequent surnames, lowercase.
    let surnames: WordSet
    /// First words of every multi-word name the gazetteers and cue lists
    /// know ("South" for "South China Sea"): only these can begin a longer match.
    let multiWordStarts: WordSet
    /// Second words of those names ("China"): a longer match needs one next.
    let multiWordSeconds: WordSet

    private init() {
        var places: [String: String] = [:]
        places.reserveCapacity(Lexicon.places.count + EntityCues.places.count)
        Lexicon.places.forEachRow { row in
            let parts = Self.split(row, at: "\t", maxSplits: 1)
            places[String(parts[0])] = String(parts.count > 1 ? parts[1] : parts[0])
        }
        for (surface, canonical) in EntityCues.places { places[surface] = canonical }
        self.places = WordMap(places)
        var first: Set<String> = [], ambiguous: Set<String> = [], genders: [String: Gender] = [:]
        Lexicon.firstNames.forEachRow { row in
            // "Rose\tword\tf": the name, then its markers.
            let parts = Self.split(row, at: "\t"), name = String(parts[0])
            if parts.contains("word") { ambiguous.insert(name) } else { first.insert(name) }
            if parts.contains("m") { genders[name] = .male } else if parts.contains("f") { genders[name] = .female }
        }
        firstNames = WordSet(first)
        ambiguousFirstNames = WordSet(ambiguous)
        givenNames = WordSet(first.union(ambiguous))
        givenNameGenders = genders
        commonWords = Set(Lexicon.commonWords.rows)
        commonOrFunctionWords = WordSet(commonWords.union(CommonWords.english))
        demonyms = WordSet(Set(Lexicon.demonyms.rows))
        countries = WordSet(Set(Lexicon.countries.rows))
        surnames = WordSet(Set(Lexicon.surnames.rows))
        var starts: Set<String> = [], seconds: Set<String> = []
        for name in Array(places.keys) + Array(EntityCues.organisations.dictionary.keys) + Array(EntityCues.notEntities.words) {
            // The first word, and the second as a span's text would hold it: what follows the first space, up to the next.
            let words = Self.split(name, at: " ", maxSplits: 2, omittingEmptySubsequences: false)
            if words.count >= 2 {
                starts.insert(String(words[0]))
                seconds.insert(String(words[1]))
            }
        }
        multiWordStarts = WordSet(starts)
        multiWordSeconds = WordSet(seconds)
    }

    /// `text.split(separator:maxSplits:omittingEmptySubsequences:)` at an
    /// ASCII separator, found among the UTF-8 bytes rather than the
    /// Characters: the lists' fields are split when the lists are read, on
    /// the first name looked up (at Characters this took half a second).
    /// The two agree unless a separator joins a neighbour into one
    /// Character (a combining mark, joiner or spacing mark after a space, a
    /// prepended mark before it; a tab never does), which no list has (a
    /// test reads every list both ways).
    static func split(_ text: String, at separator: Unicode.Scalar, maxSplits: Int = .max,
                      omittingEmptySubsequences: Bool = true) -> [Substring] {
        precondition(separator.isASCII, "a separator of one UTF-8 byte")
        let byte = UInt8(separator.value)
        return text.utf8.split(separator: byte, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences)
            .map { text[$0.startIndex..<$0.endIndex] }
    }

    /// "U.S.", "Canada": a place that names a country.
    func isCountry(_ surface: String) -> Bool {
        places[surface].map { countries.contains($0) } == true
    }

    /// A given name, whether or not it is also a word ("Mary", "Will").
    func isGivenName(_ word: String) -> Bool { givenNames.contains(word) }

    /// "Mary" is female, "John" male; nil for a unisex name ("Robin"), one
    /// the list gives both ways ("Andrea"), or one it lacks.
    func gender(ofGivenName name: String) -> Gender? { givenNameGenders[name] }

    /// "Lee", "O'Neill": a frequent surname (the census writes it without apostrophes).
    func isSurname(_ word: String) -> Bool {
        // An ASCII word without an apostrophe needs no filtering: no copy is made.
        if !word.utf8.contains(where: { $0 == 0x27 || $0 >= 0x80 }) { return surnames.containsLowercased(word) }
        return surnames.contains(word.lowercased().filter { $0 != "'" && $0 != "’" })
    }

    /// "Russian", "Iraqis": a group adjective or its plural.
    func isDemonym(_ word: String) -> Bool {
        // A last byte other than "s" rules out the suffix without comparing characters.
        demonyms.contains(word) || (word.utf8.last == UInt8(ascii: "s") && word.hasSuffix("s") && demonyms.contains(word.dropLast()))
    }

    /// True when the lowercase form of `word` is a plain English word (from
    /// the generated list, or the hand-kept function and page words).
    func isCommon(_ word: String) -> Bool {
        commonOrFunctionWords.containsLowercased(word)
    }
}
