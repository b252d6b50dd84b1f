import { clientAddress, isNetwork } from './network-address';

describe('network addresses', () => {
  it.each(['192.0.2.7', '192.0.2.0/24', '10.0.0.0/8', '0.0.0.0/0', '2001:db8::1', '2001:db8::/32', '::/0', '192.0.2.7/32'])(
    'accepts %p',
    (value) => expect(isNetwork(value)).toBe(true),
  );

  it.each(['', 'localhost', '192.0.2', '192.0.2.256', '192.0.2.0/33', '2001:db8::/129', '192.0.2.0/', '192.0.2.0/24/8', '192.0.2.0/x', 'fe80::1%eth0', ' 192.0.2.7'])(
    'refuses %p',
    (value) => expect(isNetwork(value)).toBe(false),
  );

  it('reads IPv4-mapped client addresses as IPv4 and refuses what is not an address', () => {
    expect(clientAddress('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientAddress('192.0.2.7')).toBe('192.0.2.7');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(clientAddress('unknown')).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
    expect(clientAddress('fe80::1%eth0')).toBeNull();
  });
});
