import { describe, expect, it } from "vitest";
import { canonicalHost, isAllowedHost, isPublicAddress, parseAllowList } from "./address-guard";

describe("isPublicAddress", () => {
  it.each([
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.5",
    "10.255.255.255",
    "100.64.0.1",
    "100.127.255.254",
    "127.0.0.1",
    "127.255.0.9",
    "169.254.0.1",
    "169.254.169.254", // cloud metadata
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.8",
    "192.0.2.10",
    "192.168.1.1",
    "198.18.0.1",
    "198.19.255.255",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
  ])("refuses the IPv4 address %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(["8.8.8.8", "1.1.1.1", "93.184.216.34", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "192.0.3.1", "198.17.255.255", "198.20.0.0", "223.255.255.255", "11.0.0.1", "169.253.255.255", "192.169.0.1"])(
    "accepts the public IPv4 address %s",
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );

  it.each([
    "::",
    "::1",
    "0:0:0:0:0:0:0:1",
    "fc00::1",
    "fd12:3456::1",
    "fd00:ec2::254", // EC2 metadata over IPv6
    "fe80::1",
    "fe80::1%eth0",
    "febf::1",
    "fec0::1",
    "ff02::1",
    "ff00::",
    "2001:db8::1",
    "2001:0db8:ffff::1",
    "100::1",
    "2001::1", // Teredo
    "::ffff:127.0.0.1", // IPv4-mapped
    "::ffff:7f00:1", // the same, in hex
    "::FFFF:10.0.0.5",
    "::ffff:a9fe:a9fe", // 169.254.169.254
    "::ffff:0:192.168.0.1", // IPv4-translated
    "64:ff9b::127.0.0.1", // NAT64 of loopback
    "64:ff9b::a00:5", // NAT64 of 10.0.0.5
    "64:ff9b:1::1", // local NAT64
    "2002:7f00:1::1", // 6to4 of 127.0.0.1
    "2002:c0a8:101::", // 6to4 of 192.168.1.1
    "::127.0.0.1", // deprecated IPv4-compatible
    "[::1]",
  ])("refuses the IPv6 address %s", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(["2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "::ffff:808:808", "64:ff9b::808:808", "2002:808:808::1"])(
    "accepts the public IPv6 address %s",
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );

  it.each(["", "localhost", "example.org", "127.1", "0x7f.0.0.1", "2130706433", "256.1.1.1", "1.2.3", "::ffff:999.0.0.1", "gggg::1"])(
    "treats %j, which is not an IP address, as not public",
    (value) => {
      expect(isPublicAddress(value)).toBe(false);
    },
  );
});

describe("canonicalHost", () => {
  it("writes hosts the way the URL parser does", () => {
    expect(canonicalHost("LocalHost.")).toBe("localhost");
    expect(canonicalHost("127.1")).toBe("127.0.0.1");
    expect(canonicalHost("0:0::1")).toBe("::1");
    expect(canonicalHost("[0:0::1]")).toBe("::1");
    expect(canonicalHost("")).toBeNull();
    expect(canonicalHost("a b")).toBeNull();
  });
});

describe("parseAllowList and isAllowedHost", () => {
  it("is empty when the setting is missing or blank", () => {
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList(" , ")).toEqual([]);
    expect(isAllowedHost("localhost", parseAllowList(undefined), 80)).toBe(false);
  });

  it("reads names and IPs, case-insensitive, with optional ports", () => {
    const list = parseAllowList(" LocalHost , 127.0.0.1,intranet.example:8080, [::1], [fd00::5]:81 ");
    expect(list).toEqual([
      { host: "localhost", port: null },
      { host: "127.0.0.1", port: null },
      { host: "intranet.example", port: 8080 },
      { host: "::1", port: null },
      { host: "fd00::5", port: 81 },
    ]);
  });

  it("matches the host as the URL writes it; an entry without a port allows every port", () => {
    const list = parseAllowList("localhost,127.0.0.1,::1");
    expect(isAllowedHost("localhost", list, 3000)).toBe(true);
    expect(isAllowedHost("LOCALHOST.", list, 80)).toBe(true);
    expect(isAllowedHost("127.0.0.1", list, 9)).toBe(true);
    expect(isAllowedHost("[::1]", list, 443)).toBe(true);
    expect(isAllowedHost("127.0.0.2", list, 80)).toBe(false);
    expect(isAllowedHost("localhost.evil.example", list, 80)).toBe(false);
    expect(isAllowedHost("10.0.0.5", list, 80)).toBe(false);
  });

  it("an entry with a port allows only that port", () => {
    const list = parseAllowList("intranet.example:8080");
    expect(isAllowedHost("intranet.example", list, 8080)).toBe(true);
    expect(isAllowedHost("intranet.example", list, 8081)).toBe(false);
    expect(isAllowedHost("intranet.example", list)).toBe(false);
  });

  it("an IP entry does not allow names that resolve to it (it matches the URL's host only)", () => {
    const list = parseAllowList("127.0.0.1");
    expect(isAllowedHost("localhost", list, 80)).toBe(false);
  });

  it.each(["http://localhost", "user@host", "host/path", "host:99999", "a b", "[::1"])("refuses the malformed entry %j", (entry) => {
    expect(() => parseAllowList(`localhost,${entry}`)).toThrow(`IMPORT_ALLOW_HOSTS: "${entry}" is not a host name or IP address`);
  });
});
