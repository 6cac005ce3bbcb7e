/** Letter case for names read from a plan: a capital first letter, and capitals turned into sentence case. */

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const PLACE_WORDS = /^(tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|đảng ủy|đảng uỷ|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u;

/**
 * "UỶ BAN NHÂN DÂN TỈNH BẮC NINH" → "Uỷ ban nhân dân tỉnh Bắc Ninh": lower case, a capital first,
 * and capitals again for the proper name after a place word (tỉnh, huyện, Tỉnh ủy …).
 */
export function sentenceCase(capitals: string): string {
  const words = capitals.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi').split(' ');
  let properName = false;
  return words
    .map((word, index) => {
      const pair = index > 0 ? `${words[index - 1]} ${word}` : '';
      const out = index === 0 || properName ? capitalize(word) : word;
      if (PLACE_WORDS.test(word) || PLACE_WORDS.test(pair)) properName = true;
      return out;
    })
    .join(' ');
}
