import { describe, expect, it } from '@jest/globals';
import { appKey, bullPrefix, parseRedisUrl } from './redis-options.js';

describe('redis options', () => {
  it('wraps the prefix in a cluster hash tag', () => {
    expect(bullPrefix('madoguchi')).toBe('{madoguchi}');
    expect(appKey('madoguchi', 'login', 'ip')).toBe('{madoguchi}:app:login:ip');
  });

  it('parses credentials, database and TLS from the URL', () => {
    expect(parseRedisUrl('rediss://user:p%40ss@cache.example:6380/2')).toMatchObject({
      host: 'cache.example',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
    });
  });
});
