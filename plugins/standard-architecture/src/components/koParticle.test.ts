import { koParticle } from './koParticle';

describe('koParticle', () => {
  it.each([
    // Hangul: by the final consonant of the last syllable; ㄹ takes 로.
    ['테라폼', '으로'],
    ['템포', '로'],
    ['레일', '로'],
    ['헤드램프', '로'],
    // Latin words by how they are usually read.
    ['Terraform', '으로'],
    ['Crossplane', '으로'],
    ['Kong', '으로'],
    ['Rook', '으로'],
    ['Tempo', '로'],
    ['Headlamp', '로'],
    ['Ingress NGINX Controller', '로'],
    ['Google', '로'],
    ['PostgreSQL', '로'],
    // Acronyms letter by letter: 에이피아이, 씨디.
    ['Gateway API', '로'],
    ['Argo CD', '로'],
    ['HTML', '로'],
    ['IAM', '으로'],
    // Digits as read in Korean: 일, 삼, 이.
    ['2021', '로'],
    ['2023', '으로'],
    ['2022', '로'],
    // Trailing punctuation does not count.
    ['Gateway API.', '로'],
    ['Terraform)', '으로'],
  ])('%s takes %s', (word, expected) => {
    expect(koParticle(word, '으로/로')).toBe(expected);
  });

  it('chooses the other pairs by a final consonant, ㄹ included', () => {
    expect(koParticle('Terraform', '을/를')).toBe('을');
    expect(koParticle('Tempo', '을/를')).toBe('를');
    expect(koParticle('레일', '이/가')).toBe('이');
    expect(koParticle('템포', '이/가')).toBe('가');
    expect(koParticle('Lens', '은/는')).toBe('는');
    expect(koParticle('Helm chart', '과/와')).toBe('와');
    expect(koParticle('Kong', '이라/라')).toBe('이라');
  });
});
