# Named sequences are not character names for \N{...}.
x = "\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"
