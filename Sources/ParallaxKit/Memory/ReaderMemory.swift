/// What a reader keeps between runs: which articles were read, the place
/// in each, the article marked to compare, and the one last open.
///
/// Articles are keyed by their text, not their path: a hash of the text
/// (FNV-1a 64 of its UTF-8) with the id as a hint. A corpus moved, copied
/// or renamed keeps its marks (the text is the same); an article whose text
/// changed is a new article (its old place, an offset into the old text,
/// would point at the wrong words). Two files with the same text are told
/// apart by their ids; a renamed file is found by its text alone.
public struct ArticleKey: Hashable, Sendable, Comparable {
    /// FNV-1a 64 of the UTF-8 of the article's source text.
    public let hash: UInt64
    /// The article's id when it was keyed (the file name without extension).
    public let id: String

    public init(hash: UInt64, id: String) {
        self.hash = hash
        self.id = id
    }

    public init(_ article: Article) {
        self.init(hash: article.textHash, id: article.id)
    }

    /// FNV-1a 64 over the UTF-8 encoding of `text`.
    public static func fnv1a(_ text: SourceText) -> UInt64 {
        var h = FNV1a()
        h.add(text)
        return h.value
    }

    /// The hash as 16 hex digits (JSON numbers lose precision above 2^53).
    public var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func < (a: ArticleKey, b: ArticleKey) -> Bool { (a.hash, a.id) < (b.hash, b.id) }
}

/// What is kept of one corpus, by article index: what a session reads and changes.
public struct ReadingMarks: Sendable, Equatable {
    /// The articles read.
    public var read: Set<Int> = []
    /// Where each article was left: the source offset at the top of the view.
    public var places: [Int: Int] = [:]
    /// The article `m` marked to compare with another.
    public var marked: Int? = nil
    /// The article last open in the reader.
    public var open: Int? = nil

    public init(read: Set<Int> = [], places: [Int: Int] = [:], marked: Int? = nil, open: Int? = nil) {
        self.read = read
        self.places = places
        self.marked = marked
        self.open = open
    }
}

/// Everything kept, for every corpus read so far, keyed by article.
public struct ReaderMemory: Sendable, Equatable {
    /// The format of `reading.json` this version writes; a file of a later one is not read.
    public static let version = 1

    /// What is kept of one article (an article read at no place and unread is not kept).
    public struct Entry: Sendable, Equatable {
        public var read: Bool
        public var place: Int?

        public init(read: Bool, place: Int? = nil) {
            self.read = read
            self.place = place
        }
    }

    public var entries: [ArticleKey: Entry] = [:]
    public var marked: ArticleKey? = nil
    public var open: ArticleKey? = nil

    public init(entries: [ArticleKey: Entry] = [:], marked: ArticleKey? = nil, open: ArticleKey? = nil) {
        self.entries = entries
        self.marked = marked
        self.open = open
    }

    public var isEmpty: Bool { entries.isEmpty && marked == nil && open == nil }

    /// The marks of the corpus whose articles have `keys`.
    public func marks(for keys: [ArticleKey]) -> ReadingMarks {
        // The corpus's keys are not indexed here: only the marked and open
        // articles are looked up, once each (a warm start of 100,000 articles).
        let match = Matcher(self, keys, indexed: false)
        var marks = ReadingMarks()
        for (index, key) in keys.enumerated() {
            guard let stored = match.stored(for: key), let entry = entries[stored] else { continue }
            if entry.read { marks.read.insert(index) }
            if let place = entry.place, place > 0 { marks.places[index] = place }
        }
        marks.marked = marked.flatMap { match.index(of: $0) }
        marks.open = open.flatMap { match.index(of: $0) }
        return marks
    }

    /// Keeps `marks` of the corpus whose articles have `keys`: its articles'
    /// entries are replaced (entries of other corpora stay), and the marked
    /// and open article are this corpus's (or, when it has none, stay as
    /// they were if they belong to another corpus).
    public mutating func remember(_ marks: ReadingMarks, for keys: [ArticleKey]) {
        let match = Matcher(self, keys)
        for (index, key) in keys.enumerated() {
            // A renamed file: its entry moves to the new id (unless that id is in this corpus too).
            if let stored = match.stored(for: key), stored != key, match.indexOfKey[stored] == nil { entries[stored] = nil }
            let read = marks.read.contains(index)
            let place = marks.places[index].flatMap { $0 > 0 ? $0 : nil }
            entries[key] = read || place != nil ? Entry(read: read, place: place) : nil
        }
        func kept(_ index: Int?, _ old: ArticleKey?) -> ArticleKey? {
            if let index, keys.indices.contains(index) { return keys[index] }
            // Cleared here, or another corpus's.
            return old.flatMap { match.index(of: $0) == nil ? $0 : nil }
        }
        marked = kept(marks.marked, marked)
        open = kept(marks.open, open)
    }

    /// Finds a corpus's articles among the stored keys: the same text and
    /// id first, else the same text (a renamed file).
    private struct Matcher {
        let exact: Set<ArticleKey>
        /// Stored keys by hash, the lowest id first.
        let byHash: [UInt64: ArticleKey]
        let indexOfKey: [ArticleKey: Int]
        let indexOfHash: [UInt64: Int]

        let keys: [ArticleKey]
        let indexed: Bool

        init(_ memory: ReaderMemory, _ keys: [ArticleKey], indexed: Bool = true) {
            self.keys = keys
            self.indexed = indexed
            exact = Set(memory.entries.keys)
            var byHash: [UInt64: ArticleKey] = [:]
            for key in memory.entries.keys where byHash[key.hash].map({ key < $0 }) ?? true { byHash[key.hash] = key }
            self.byHash = byHash
            var indexOfKey: [ArticleKey: Int] = [:], indexOfHash: [UInt64: Int] = [:]
            for (i, key) in keys.enumerated() where indexed {
                if indexOfKey[key] == nil { indexOfKey[key] = i }
                if indexOfHash[key.hash] == nil { indexOfHash[key.hash] = i }
            }
            self.indexOfKey = indexOfKey
            self.indexOfHash = indexOfHash
        }

        /// The stored key for the article keyed `key`, if any.
        func stored(for key: ArticleKey) -> ArticleKey? {
            exact.contains(key) ? key : byHash[key.hash]
        }

        /// The index of the article a stored key names, if it is in the corpus.
        func index(of key: ArticleKey) -> Int? {
            guard indexed else { return keys.firstIndex(of: key) ?? keys.firstIndex { $0.hash == key.hash } }
            return indexOfKey[key] ?? indexOfHash[key.hash]
        }
    }
}
