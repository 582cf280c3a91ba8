#!/usr/bin/env python3
"""Generate a synthetic, reproducible corpus of articles about one event (the Tokyo
summit), with injected errors of every kind factlint checks.

    generate.py OUT_DIR COUNT [--seed N] [--quotes-only]

Articles are ~2.5 KB on average, built from templates with varied facts, names and
quotes. About one article in four gets one or two injected errors: a misspelt or fused
name, a known-wrong phrase, a figure without its magnitude or off the consensus, a wrong
year or weekday, a frigate for the carrier, a pronoun of the wrong gender, a drifted
quote, a name variant, or scraped page furniture. --quotes-only writes short articles
that are mostly quotations (for the quote-drift scaling benchmark)."""
import os
import random
import sys

LEADS = [
    "President Donald Trump and Prime Minister Sanae Takaichi met at the Akasaka Palace in Tokyo on Tuesday and signed a framework on critical minerals and rare earths.",
    "Japan's new leader, Sanae Takaichi, hosted Donald Trump in Tokyo on Tuesday for talks on trade, security and rare earth supplies.",
    "The Japanese prime minister welcomed the American president to Tokyo on Tuesday, and the two sides announced a deal on critical minerals.",
]
BODY = [
    "Takaichi, a protégé of the late Shinzo Abe, said the alliance would enter a new era of cooperation.",
    "Tokyo pledged $550 billion in investments and loans earlier this year as part of a tariff deal.",
    "Japanese companies are preparing investments of up to $400 billion in American energy and technology projects.",
    "Later in the day the leaders flew to Yokosuka, home of the aircraft carrier USS George Washington.",
    "Trump addressed about 6,000 sailors aboard the carrier and praised the alliance.",
    "Abe, assassinated in 2022, had forged a close bond with Trump over rounds of golf.",
    "The president met families of citizens abducted by North Korea in the 1970s and 1980s.",
    "Five abductees were returned to Japan in 2002 after a summit in Pyongyang.",
    "Takaichi showed her guest a map of investments made since his last visit in 2019.",
    "Japan will give 250 cherry trees to mark the 250th anniversary of US independence next year.",
    "Japan will raise defence spending to 2% of GDP two years ahead of schedule.",
    "Trump travels on to South Korea on Wednesday, where he plans to meet President Lee Jae-myung.",
    "A meeting with Kim Jong-un was not on the schedule, officials said.",
    "Takaichi gave Trump a putter that once belonged to Abe and a bag signed by golf star Hideki Matsuyama.",
    "Commerce Secretary Howard Lutnick said several firms had made commitments of up to $400 billion.",
    "Defence Secretary Pete Hegseth also met Japanese Defence Minister Shinjiro Koizumi.",
    "Analysts in Tokyo said the meeting went better than many had expected.",
    "Officials described the atmosphere as warm, and aides on both sides spoke of a personal rapport.",
    "The agreement covers mining, processing and stockpiles of rare earth elements over the next six months.",
    "China dominates the processing of rare earths, and both governments want to reduce that dependence.",
]
QUOTES = [
    ("Everything I know from Shinzo and others tells me you will be one of the great prime ministers", "Trump said"),
    ("anytime you have any question, any doubt, anything you want, we will be there", "Trump told Takaichi"),
    ("I would like to realise a new golden age of the Japan-U.S. alliance", "Takaichi said"),
    ("Peace cannot be preserved by words alone, it needs determination and action", "Takaichi said"),
    ("We are going to do tremendous trade together, more than ever before", "Trump said"),
    ("this relationship will be stronger than ever before, I can tell you that", "Trump added"),
]
ERRORS = [
    ("Later in the day the leaders flew to Yokosuka,", "Later in the day the leaders flew to Yokosuk,"),
    ("Prime Minister Sanae Takaichi met", "Prime Minister Sanae Takiachi met"),
    ("signed by golf star", "signed by Gulf star"),
    ("in Tokyo on Tuesday", "in TokyoUS on Tuesday"),
    ("Tokyo pledged $550 billion", "Tokyo pledged $550"),
    ("commitments of up to $400 billion", "commitments of up to $490 billion"),
    ("in the 1970s and 1980s", "in the 1960s and 1970s"),
    ("returned to Japan in 2002", "returned to Japan in 2005"),
    ("since his last visit in 2019", "since his last visit in 2009"),
    ("the aircraft carrier USS George Washington", "the frigate USS George Washington"),
    ("Takaichi, a protégé of the late Shinzo Abe, said the alliance", "Takaichi, a protege of the late Shinzo Abe, said his alliance"),
    ("President Lee Jae-myung", "President Lee Jae Myung"),
    ("tells me you will be", "you will be"),
    ("any question,", "any questions,"),
]
FURNITURE = ["Advertisement\nAdvertisement", "open image in gallery Leaders meet in Tokyo ( Pool photo )",
             "Please read our comment policy before commenting.", "3 min read"]
HEADERS = ["- The Daily Ledger - Tuesday, October 28, 2025", "TOKYO, Oct 28 (Wire) -", "date 2025-10-28", "28/10/2025"]
FILLER = [
    "Officials from both governments briefed reporters after the session.",
    "Markets in Tokyo were little changed on the news.",
    "The visit was the first stop on a week-long tour of Asia.",
    "Security was tight around the palace, with roads closed for most of the day.",
    "Diplomats said the tone of the talks was friendly and businesslike.",
    "Business leaders welcomed the focus on supply chains and energy.",
]


def article(rng, index):
    parts = [rng.choice(HEADERS), "", f"Summit report {index}", "", rng.choice(LEADS)]
    body = rng.sample(BODY, rng.randint(13, 18))
    for q, attribution in rng.sample(QUOTES, 2):
        body.insert(rng.randrange(len(body)), f"\u201c{q[0].upper() + q[1:]},\u201d {attribution}.")
    paragraphs, current = [], []
    for sentence in body + rng.sample(FILLER, rng.randint(4, 6)):
        current.append(sentence)
        if len(current) >= rng.randint(2, 3):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    text = parts[0] + "\n\n" + parts[2] + "\n\n" + parts[4] + "\n\n" + "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.25:
        for right, wrong in rng.sample(ERRORS, rng.randint(1, 2)):
            text = text.replace(right, wrong, 1)
    if rng.random() < 0.15:
        text += "\n" + rng.choice(FURNITURE) + "\n"
    return text


def quote_article(rng, index):
    quotes = rng.sample(QUOTES, 3)
    lines = [f"Quote sheet {index}", ""]
    for q, attribution in quotes:
        words = q.split()
        if rng.random() < 0.1:  # drift: drop or swap a word
            i = rng.randrange(len(words))
            words[i] = rng.choice(["truly", "very", "great", "really"]) if rng.random() < 0.5 else ""
        lines.append(f"\u201c{' '.join(w for w in words if w)},\u201d {attribution}.")
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    out, count = args[0], int(args[1])
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 2025
    make = quote_article if "--quotes-only" in args else article
    rng = random.Random(seed)
    for i in range(count):
        folder = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(make(rng, i))


if __name__ == "__main__":
    main()
