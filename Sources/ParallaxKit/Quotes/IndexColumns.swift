/// Columns of small indices (a token's sentence, entity mention, quotation)
/// kept as 32-bit numbers. A paragraph that is a whole long article has
/// millions of tokens: as `[Int]` and `[Int?]` (8 and 16 bytes a token)
/// its columns were hundreds of megabytes of fresh pages, whose zeroing by
/// the kernel alone was a fifth of reading a 20 MB article's quotations.
/// Indices within one article stay far below `Int32.max`.

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
