/// Columns of small indices (a token's sentence, entity mention, quotation)
/// kept as 32-bit numbers. A paragraph that is a whole long article has
/// millions of tokens: as `[Int]` and `[Int?]` (8 and 16 bytes a token)
/// a 20 MB article's columns were 250 MB of fresh pages, whose zeroing by
/// the kernel alone took 0.6 s of CPU. Indices within one article stay far
/// below `Int32.max` (a conversion past it would stop the program).

/// A column of indices.
struct IndexColumn: RandomAccessCollection, Equatable {
    var storage: [Int32]

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }
    subscript(n: Int) -> Int { Int(storage[n]) }
}

/// A column of indices or none (stored as -1).
struct OptionalIndexColumn: RandomAccessCollection, Equatable {
    var storage: [Int32]

    static let none: Int32 = -1

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }
    subscript(n: Int) -> Int? {
        get { storage[n] == Self.none ? nil : Int(storage[n]) }
        set { storage[n] = newValue.map { Int32($0) } ?? Self.none }
    }
}
