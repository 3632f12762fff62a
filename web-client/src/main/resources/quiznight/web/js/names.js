// Random fun nicknames for the join form's dice button. Pure: the random source is a parameter.

export const ADJECTIVES = Object.freeze([
  'Turbo', 'Sneaky', 'Cosmic', 'Fuzzy', 'Mighty', 'Jolly', 'Zippy', 'Brave', 'Clever', 'Dizzy',
  'Funky', 'Groovy', 'Happy', 'Lucky', 'Nimble', 'Quirky', 'Sassy', 'Speedy', 'Sunny', 'Witty',
  'Bouncy', 'Cheeky', 'Dapper', 'Fearless', 'Gentle', 'Hasty', 'Jazzy', 'Lively', 'Mellow', 'Plucky',
  'Rapid', 'Snappy', 'Sparkly', 'Stellar', 'Swift', 'Tiny', 'Wild', 'Zesty', 'Bold', 'Breezy',
  'Crafty', 'Daring', 'Epic', 'Fancy', 'Glowing', 'Humble', 'Magic', 'Noble', 'Peppy', 'Radiant',
]);

export const NOUNS = Object.freeze([
  'Llama', 'Panda', 'Otter', 'Penguin', 'Koala', 'Narwhal', 'Falcon', 'Badger', 'Walrus', 'Gecko',
  'Hedgehog', 'Lemur', 'Moose', 'Octopus', 'Puffin', 'Quokka', 'Raccoon', 'Sloth', 'Toucan', 'Yak',
  'Alpaca', 'Beaver', 'Capybara', 'Dolphin', 'Ferret', 'Giraffe', 'Hamster', 'Iguana', 'Jaguar', 'Kiwi',
  'Lobster', 'Meerkat', 'Newt', 'Ocelot', 'Pelican', 'Rhino', 'Squid', 'Tiger', 'Unicorn', 'Wombat',
  'Zebra', 'Bison', 'Corgi', 'Dragon', 'Eagle', 'Fox', 'Goose', 'Hippo', 'Mantis', 'Pixel',
  'Rocket', 'Comet', 'Waffle', 'Taco', 'Noodle', 'Muffin', 'Pickle', 'Nugget', 'Dumpling', 'Pretzel',
]);

function pick(list, random) {
  const r = Math.min(0.999999999, Math.max(0, random()));
  return list[Math.floor(r * list.length)];
}

/**
 * A nickname such as "Cosmic Quokka" (at most 20 characters), different from `previous` when given,
 * so pressing the dice always changes the name.
 */
export function randomName(random = Math.random, previous = null) {
  for (let i = 0; i < 8; i++) {
    const name = `${pick(ADJECTIVES, random)} ${pick(NOUNS, random)}`;
    if (name !== previous) return name;
  }
  return `${ADJECTIVES[0]} ${NOUNS[0]}` === previous ? `${ADJECTIVES[1]} ${NOUNS[1]}` : `${ADJECTIVES[0]} ${NOUNS[0]}`;
}
