/// The generated data Parallax compiles in: name and word lists for the
/// entity recogniser (scripts/gen_gazetteers.py) and the display-width table
/// of the reader (scripts/gen_width_table.py), one file each in Generated/.
///
/// A target of its own so that the data is not recompiled with the model's
/// code, and so that everything generated sits in one folder that
/// `make check-generated` compares with a fresh run. Compiled in, not a
/// resource bundle: `make install` copies a single binary.
public enum Lexicon {}
