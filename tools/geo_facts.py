# What the geography tool knows about the water of the Mediterranean and the Near East: modern reservoirs
# to remove, rivers to name, the Suez canal to close, and a few fixes to the World Data Bank's network.
#
# Facts only, no algorithm: tools/make_geography.py applies whatever of this lies inside its frame.
# Points are (lon, lat) in degrees; boxes are (lon_min, lon_max, lat_min, lat_max).

# Modern reservoirs and other water bodies younger than antiquity: any GSHHG lake whose centroid falls
# in the box is removed. Entries absent from GSHHG 2.3.7 'h' stay listed so that a finer dataset
# cannot bring them back.
RESERVOIRS = [
    ('Lake Assad', (37.9, 39.0, 35.8, 36.4), 'Tabqa dam on the Euphrates, 1973'),
    ('Ataturk lake', (38.2, 39.4, 37.3, 38.1), 'Ataturk dam on the Euphrates, 1990'),
    ('Keban lake', (38.5, 40.0, 38.6, 39.2), 'Keban dam on the Euphrates, 1974'),
    ('Karakaya lake', (38.3, 39.4, 38.2, 38.75), 'Karakaya dam on the Euphrates, 1987'),
    ('Birecik lake', (37.8, 38.2, 36.9, 37.3), 'Birecik dam on the Euphrates, 2000'),
    ('Lake Tharthar', (43.0, 43.6, 33.6, 34.4), 'Tharthar flood scheme from the Tigris, 1956; a dry salt pan in antiquity'),
    ('Lake Qadisiyah', (41.8, 42.5, 34.1, 34.7), 'Haditha dam on the Euphrates, 1986'),
    ('Mosul dam lake', (42.4, 43.0, 36.6, 37.0), 'Mosul dam on the Tigris, 1986'),
    ('Razzaza (Milh) lake', (43.3, 44.0, 32.4, 33.2), 'filled by the Habbaniyah flood escape, 1970s'),
    ('Lake Hamrin', (44.8, 45.3, 34.0, 34.4), 'Hamrin dam on the Diyala, 1981'),
    ('Dukan lake', (44.7, 45.1, 35.8, 36.3), 'Dukan dam on the Lesser Zab, 1959'),
    ('Darbandikhan lake', (45.6, 46.0, 35.0, 35.4), 'Darbandikhan dam on the Sirwan/Diyala, 1961'),
    ('Ilisu lake', (41.0, 42.0, 37.4, 37.9), 'Ilisu dam on the Tigris, 2018'),
    ('Dicle/Kralkizi lakes', (39.7, 40.1, 37.95, 38.5), 'Dicle and Kralkizi dams on the upper Tigris, 1997'),
    ('Seyhan lake', (35.1, 35.45, 36.98, 37.25), 'Seyhan dam by Adana, 1956'),
    ('Aslantas lake', (36.1, 36.4, 37.2, 37.5), 'Aslantas dam on the Ceyhan, 1984'),
    ('Hirfanli lake', (33.4, 34.0, 38.95, 39.35), 'Hirfanli dam on the Kizilirmak (Halys), 1959'),
    ('Sariyar lake', (31.3, 31.7, 39.95, 40.1), 'Sariyar dam on the Sakarya (Sangarius), 1956'),
    ('Demirkopru lake', (28.25, 28.55, 38.55, 38.75), 'Demirkopru dam on the Gediz (Hermus), 1960'),
    ('Kemer lake', (28.45, 28.65, 37.45, 37.65), 'Kemer dam on the Akcay, 1958'),
    ('reservoir near Yunak', (31.8, 32.05, 38.8, 39.0), 'valley-shaped dam lake on a dammed stream, modern'),
    ('Ovcharitsa reservoir', (26.05, 26.35, 42.15, 42.35), 'dam lake in Thrace, 1960s'),
    ('Mingachevir reservoir', (46.2, 47.3, 40.6, 41.2), 'Mingachevir dam on the Kura, 1953'),
    ('Dez lake', (48.3, 48.7, 32.5, 32.9), 'Dez dam, 1963'),
    ('Lake Qaraoun', (35.6, 35.8, 33.45, 33.65), 'Qaraoun dam on the Litani, 1959'),
    ('Tortum lake', (41.55, 41.75, 40.5, 40.7), 'landslide lake formed c. 1600'),
    ('Suez canal lakes', (32.2, 32.65, 29.9, 31.35), 'the Suez canal (1869) and the water it let into the Bitter Lakes'),
    # Egypt and the Nile
    ('Lake Nasser', (30.8, 33.6, 21.0, 24.1), 'Aswan High Dam on the Nile, 1970'),
    ('Toshka lakes', (29.5, 31.6, 22.3, 23.8), 'Nasser overflow through the Toshka spillway, 1998'),
    ('Wadi El Rayan lakes', (30.2, 30.6, 29.05, 29.35), 'Fayum drainage water led into the depression, 1973'),
    # Greece, the Balkans, the Danube
    ('Kremasta lake', (21.35, 21.7, 38.75, 39.05), 'Kremasta dam on the Acheloos, 1965'),
    ('Lake Plastiras', (21.65, 21.85, 39.2, 39.35), 'Plastiras dam on the Tavropos, 1959'),
    ('Lake Kerkini', (23.05, 23.3, 41.1, 41.3), 'Kerkini dam on the Strymon, 1932 (a marsh before)'),
    ('Lake Mavrovo', (20.7, 20.85, 41.63, 41.75), 'Mavrovo dam, 1953'),
    ('Ulza lake', (19.85, 20.0, 41.62, 41.73), 'Ulza dam on the Mat, 1958'),
    ('Jablanica lake', (17.6, 17.9, 43.62, 43.78), 'Jablanica dam on the Neretva, 1955'),
    ('Modrac lake', (18.42, 18.6, 44.45, 44.55), 'Modrac dam on the Spreca, 1964'),
    ('Slano and Krupac lakes', (18.8, 18.95, 42.72, 42.85), 'dam lakes by Niksic, 1950s'),
    ('Iskar reservoir', (23.45, 23.7, 42.38, 42.55), 'Iskar dam, 1954'),
    ('Batak reservoir', (24.1, 24.28, 41.92, 42.03), 'Batak dam, 1959'),
    ('Koprinka reservoir', (25.2, 25.4, 42.57, 42.68), 'Koprinka dam on the Tundzha, 1956'),
    ('Vidraru lake', (24.55, 24.7, 45.33, 45.48), 'Vidraru dam on the Arges, 1966'),
    # Italy, Sardinia, Corsica, the Alps
    ('Lago di Corbara', (12.2, 12.32, 42.68, 42.76), 'Corbara dam on the Tiber, 1963'),
    ('Lago Omodeo', (8.85, 9.0, 40.05, 40.2), 'Santa Chiara dam on the Tirso, 1924'),
    ('Lago del Coghinas', (8.95, 9.1, 40.65, 40.8), 'Coghinas dam, 1927'),
    ('Flumendosa and Mulargia lakes', (9.15, 9.35, 39.55, 39.72), 'Flumendosa and Mulargia dams, 1950s'),
    ('Sila lakes (Arvo, Cecita, Ampollino)', (16.4, 16.7, 39.15, 39.45), 'dams of the Sila plateau, 1920s-1950s'),
    ('Lago di San Giuliano', (16.42, 16.58, 40.55, 40.67), 'San Giuliano dam on the Bradano, 1957'),
    ('Lac de Serre-Poncon', (6.25, 6.45, 44.45, 44.58), 'Serre-Poncon dam on the Durance, 1960'),
    # North Africa, the Black Sea shore
    ('lake at 8.66E 36.28N', (8.6, 8.72, 36.22, 36.34), 'no natural lake is known there: taken as a modern dam lake of the Mellegue basin'),
    ('Krasnodar reservoir', (38.6, 39.4, 44.9, 45.15), 'Krasnodar dam on the Kuban, 1975'),
    ('Tbilisi reservoir', (44.82, 44.95, 41.7, 41.82), 'the "Tbilisi Sea", 1950s'),
    ('Zhinvali reservoir', (44.68, 44.82, 42.08, 42.2), 'Zhinvali dam on the Aragvi, 1985'),
    ('Jvari (Enguri) reservoir', (41.95, 42.15, 42.72, 42.85), 'Enguri dam, 1978'),
]

# Regions where nearly every lake GSHHG has is a modern reservoir: there every lake is removed but
# the natural ones named (a lake is natural when its centroid is within 15 km of the point).
RESERVOIR_REGIONS = [
    ('the Iberian peninsula', (-10.0, 3.4, 35.9, 43.9),
     'Spain and Portugal have hardly any natural lake of that size: these are the dam lakes of the 20th century',
     [('Albufera de Valencia', (-0.355, 39.33))]),
]

# Natural lakes deliberately kept, with why where it is not obvious (the provenance lists those in its frame).
NATURAL_LAKES_KEPT = [
    ('Lake Van', (43.0, 38.67), ''), ('Lake Urmia', (45.42, 37.72), ''), ('Lake Sevan', (45.27, 40.39), ''),
    ('Tuz Golu (Lake Tatta)', (33.45, 38.8), ''), ('Beysehir', (31.5, 37.77), ''), ('Egirdir', (30.85, 38.06), ''),
    ('the Dead Sea', (35.46, 31.39), ''), ('the Sea of Galilee', (35.59, 32.8), ''),
    ('the Lake of Antioch', (36.31, 36.35), 'drained only in the 1970s'),
    ('Lake Homs', (36.56, 34.64), 'a Roman-era dam'),
    ('Lake Habbaniyah', (43.44, 33.31), 'a natural depression that Euphrates floods filled long before its 1950s regulator'),
    ('Lake Qarun', (30.65, 29.48), ''), ('Lake Mareotis', (29.9, 31.13), ''),
    ('the Alpine and north Italian lakes', (9.25, 45.98), ''), ('Trasimeno', (12.12, 43.14), ''),
    ('Bolsena', (11.94, 42.59), ''), ('Ohrid', (20.73, 41.04), ''), ('Prespa', (20.99, 40.9), ''),
    ('Scutari', (19.29, 42.22), ''), ('Balaton', (17.75, 46.88), ''), ('Trichonida', (21.54, 38.57), ''),
    ('Vegoritida', (21.79, 40.74), ''), ('Koroneia and Volvi', (23.3, 40.67), ''), ('Dojran', (22.75, 41.22), ''),
    ('Ichkeul', (9.67, 37.16), ''), ('the Albufera de Valencia', (-0.36, 39.33), 'a coastal lagoon'),
]

# The Suez canal cuts Africa from Asia in GSHHG. Each gate joins the Asian and African shores across
# a canal mouth (nearest shore vertices to these hand-placed points), dropping the canal banks.
SUEZ_GATES = {'north': ((32.3600, 31.2271), (32.3215, 31.2734)),  # Asia side, Africa side (Port Said)
              'south': ((32.5603, 29.9263), (32.5550, 29.9596))}  # (Suez)
SUEZ_CORRIDOR = [(32.28, 31.34), (32.28, 31.0), (32.2, 30.95), (32.2, 30.45), (32.42, 30.02),
                 (32.5, 29.94), (32.6, 29.92), (32.63, 29.98), (32.63, 30.4), (32.45, 30.7),
                 (32.4, 31.0), (32.4, 31.34)]

# Named rivers: of the polylines ending within 12 km of a mouth (sea, lake or confluence), the one
# passing most checkpoints (within 3 km), then the longest, is named. Without a mouth, the polylines
# passing within 3 km of the first checkpoint are the candidates. A river is looked for only when
# its mouth (or first checkpoint) lies inside the frame; a campaign's rivers must be found.
RIVERS = [  # name, mouth(s) or None, checkpoints
    ('Euphrates', [(47.43, 31.01), (48.45, 29.98)], [(38.78, 35.90), (40.73, 34.75), (42.83, 33.64), (40.43, 35.16)]),
    ('Tigris', [(47.43, 31.01), (48.45, 29.98)], [(43.13, 36.34), (43.87, 34.20), (44.38, 33.34), (44.58, 33.09)]),
    ('Orontes', (35.96, 36.04), [(36.17, 36.20), (36.32, 35.81), (36.75, 35.13)]),
    ('Khabur', (40.43, 35.14), [(40.74, 35.64), (40.75, 36.50)]),
    ('Jordan', (35.55, 31.76), []),
    ('Great Zab', (43.35, 36.00), []),
    ('Lesser Zab', (43.42, 35.25), []),
    ('Diyala', (44.50, 33.23), []),
    ('Karun', (48.15, 30.42), []),
    ('Karkheh', (47.47, 30.97), []),
    ('Halys', (35.92, 41.64), []),
    ('Sangarius', (30.64, 41.13), []),
    ('Sarus', (34.90, 36.72), []),
    ('Pyramus', (35.56, 36.58), []),
    ('Maeander', (27.19, 37.48), []),
    ('Hebrus', (26.05, 40.74), []),
    ('Acampsis', (41.58, 41.58), []),
    ('Araxes', (49.24, 39.25), []),
    ('Cyrus', (49.37, 39.35), []),
    ('Nile', (30.39, 31.44), []),
    # Further west and north: named by towns on their banks. (GSHHG's WDB rivers have no Rioni/Phasis
    # and almost nothing else in Georgia but the Kura.)
    ('Tiber', None, [(12.477, 41.893), (12.49, 41.99)]),                 # Rome
    ('Arno', None, [(11.256, 43.768), (10.40, 43.716)]),                 # Florence, Pisa
    ('Po', None, [(9.70, 45.06), (11.61, 44.89)]),                       # Piacenza, Pontelagoscuro
    ('Adige', None, [(10.99, 45.44)]),                                   # Verona
    ('Rhone', None, [(4.83, 45.76), (4.806, 43.95)]),                    # Lyon, Avignon
    ('Ebro', None, [(-0.88, 41.66), (0.52, 40.81)]),                     # Zaragoza, Tortosa
    ('Tagus', None, [(-4.02, 39.855)]),                                  # Toledo
    ('Guadalquivir', None, [(-4.78, 37.88), (-6.0, 37.38)]),             # Cordoba, Seville
    ('Guadiana', None, [(-6.35, 38.915)]),                               # Merida
    ('Douro', None, [(-5.75, 41.50)]),                                   # Zamora
    ('Danube', None, [(20.45, 44.82), (19.05, 47.50)]),                  # Belgrade, Budapest
]

# Minor (WDB class 4) rivers worth keeping: the class 4 lines joined to the seed, inside the box.
MINOR_RIVERS = [('Great Zab', (43.336, 35.988), (43.2, 44.6, 35.9, 38.5)),
                ('Khabur springs at Ras al-Ayn', (40.774, 36.501), (39.7, 40.85, 36.45, 37.1))]

# Rivers entering through the frame carry the length of their network outside it; these long ones
# more than the default. The river is the one entering nearest its course (points from downstream up).
FRAME_INFLOWS = [('Nile', 4000.0, [(31.23, 30.05), (31.04, 29.0), (30.75, 28.10), (31.18, 27.18), (31.70, 26.55),
                                    (32.72, 26.16), (32.64, 25.70), (32.90, 24.09)])]

# Rivers that WDB breaks at a kept natural lake: joined by an invisible passage (inflow end, outflow
# end) so that the flow accumulates through the lake; the lake itself is drawn over it.
LAKE_PASSAGES = [('Orontes through Lake Homs', (36.5244, 34.6147), (36.6178, 34.6658)),
                 ('Jordan through the Sea of Galilee', (35.6117, 32.8970), (35.5736, 32.7161))]
RIVER_OUTLETS = [(35.55, 31.76)]  # the Jordan ends in the Dead Sea, not in the Sea of Galilee
