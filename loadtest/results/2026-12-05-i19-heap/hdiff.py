import sys,re
def load(f):
    d={}
    for line in open(f):
        m=re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(.+?)\s*(\(.*\))?$',line)
        if m:
            k=m.group(3)
            i,b=d.get(k,(0,0))
            d[k]=(i+int(m.group(1)),b+int(m.group(2)))
        m2=re.match(r'Total\s+(\d+)\s+(\d+)',line)
        if m2: d['__TOTAL__']=(int(m2.group(1)),int(m2.group(2)))
    return d
a=load(sys.argv[1]); b=load(sys.argv[2]); n=int(sys.argv[3]); top=int(sys.argv[4]) if len(sys.argv)>4 else 40
rows=[]
for k in set(a)|set(b):
    ia,ba=a.get(k,(0,0)); ib,bb=b.get(k,(0,0))
    rows.append((bb-ba,ib-ia,k))
rows.sort(reverse=True)
tot=[r for r in rows if r[2]=='__TOTAL__'][0]
print(f"TOTAL diff {tot[0]} B = {tot[0]/n:.0f} B/player ({tot[1]/n:.1f} objects/player)")
for db,di,k in rows[:top]:
    if k=='__TOTAL__': continue
    print(f"{db/n:8.1f} B/p {di/n:7.2f} obj/p  {db:>12} {k}")
