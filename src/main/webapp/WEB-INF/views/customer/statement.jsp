<fmt:message key="statement.title" var="title"/>
<c:set var="s" value="${statement}"/>
<c:set var="c" value="${s.customer()}"/>
<c:set var="req" value="${pageContext.request}"/>
<c:set var="isBackOffice" value="${req.isUserInRole('OWNER') or req.isUserInRole('ADMIN')}"/>
<c:set var="onHub" value="${nodeIdentity.roleName() == 'hub'}"/>
<t:layout title="${title}" active="pelanggan">
<div class="page-head no-print">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/pelanggan'/>"><fmt:message key="common.back"/></a>
        <c:if test="${s.closing() > 0 and not onHub}">
            <a class="btn btn-primary" id="receive-payment" href="<c:url value='/pelanggan/bayar'><c:param name='id' value='${c.id}'/></c:url>"><fmt:message key="customer.pay"/></a>
        </c:if>
        <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<div class="toolbar no-print">
    <form method="get" action="<c:url value='/pelanggan/rekening'/>">
        <input type="hidden" name="id" value="<c:out value='${c.id}'/>">
        <label><fmt:message key="report.from"/> <input type="date" name="dari" value="<c:out value='${from}'/>"></label>
        <label><fmt:message key="report.to"/> <input type="date" name="sampai" value="<c:out value='${to}'/>"></label>
        <button type="submit" class="btn"><fmt:message key="report.show"/></button>
    </form>
</div>
<article class="statement" id="statement">
    <header class="statement-head">
        <div class="statement-store">
            <strong><c:out value="${store.name()}"/></strong>
            <c:if test="${not empty store.address()}"><br><c:out value="${store.address()}"/></c:if>
            <c:if test="${not empty store.phone()}"><br><c:out value="${store.phone()}"/></c:if>
        </div>
        <div class="statement-title">
            <h2><fmt:message key="statement.heading"/></h2>
            <fmt:message key="statement.period"><fmt:param value="${from}"/><fmt:param value="${to}"/></fmt:message>
        </div>
    </header>
    <dl class="facts statement-customer">
        <dt><fmt:message key="receipt.customer"/></dt><dd id="statement-customer"><c:out value="${c.name}"/></dd>
        <c:if test="${not empty c.phone}"><dt><fmt:message key="customer.phone"/></dt><dd><c:out value="${c.phone}"/></dd></c:if>
        <c:if test="${not empty c.address}"><dt><fmt:message key="customer.address"/></dt><dd><c:out value="${c.address}"/></dd></c:if>
        <dt><fmt:message key="customer.type"/></dt><dd><fmt:message key="level.${c.type}"/></dd>
        <dt><fmt:message key="customer.creditLimit"/></dt><dd><c:out value="${cermin:rupiah(c.creditLimit)}"/></dd>
    </dl>
    <table class="data statement-lines" id="statement-lines">
        <thead><tr>
            <th><fmt:message key="report.time"/></th>
            <th><fmt:message key="statement.reference"/></th>
            <th><fmt:message key="statement.description"/></th>
            <c:if test="${onHub}"><th><fmt:message key="mirror.store"/></th></c:if>
            <th class="num"><fmt:message key="statement.charged"/></th>
            <th class="num"><fmt:message key="statement.paid"/></th>
            <th class="num"><fmt:message key="statement.balance"/></th>
            <c:if test="${isBackOffice and not onHub}"><th class="actions no-print"></th></c:if>
        </tr></thead>
        <tbody>
        <tr class="opening"><td colspan="${onHub ? 6 : 5}"><fmt:message key="statement.opening"/></td>
            <td class="num money" id="statement-opening"><c:out value="${cermin:rupiah(s.opening())}"/></td>
            <c:if test="${isBackOffice and not onHub}"><td class="no-print"></td></c:if></tr>
        <c:forEach items="${s.entries()}" var="e">
            <tr class="${e.reversed() ? 'archived' : ''}">
                <td class="nowrap"><c:out value="${cermin:dateTime(e.at())}"/></td>
                <td class="nowrap"><c:out value="${e.reference()}"/></td>
                <td><fmt:message key="statement.kind.${e.kind()}"/><c:if test="${not empty e.method()}"> (<fmt:message key="method.${e.method()}"/>)</c:if></td>
                <c:if test="${onHub}"><td><c:out value="${e.store()}"/></td></c:if>
                <td class="num money"><c:out value="${e.charged() == 0 ? '' : cermin:rupiah(e.charged())}"/></td>
                <td class="num money"><c:out value="${e.paid() == 0 ? '' : cermin:rupiah(e.paid())}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(e.balance())}"/></td>
                <c:if test="${isBackOffice and not onHub}">
                    <td class="actions no-print">
                        <c:if test="${e.kind() == 'PAYMENT' and not e.reversed() and e.store() == nodeIdentity.node()}">
                            <form class="inline void-form" method="post" action="<c:url value='/pelanggan/bayar/batal'/>">
                                <t:csrf/>
                                <input type="hidden" name="id" value="<c:out value='${e.id()}'/>">
                                <input type="hidden" name="key" value="<c:out value='${cermin:newKey()}'/>">
                                <fmt:message key="report.voidReason" var="reasonLabel"/>
                                <input name="reason" maxlength="255" required placeholder="<c:out value='${reasonLabel}'/>" aria-label="<c:out value='${reasonLabel}'/>">
                                <button class="btn btn-small btn-danger"><fmt:message key="report.void"/></button>
                            </form>
                        </c:if>
                    </td>
                </c:if>
            </tr>
        </c:forEach>
        </tbody>
        <tfoot><tr>
            <th colspan="${onHub ? 4 : 3}"><fmt:message key="statement.closing"/></th>
            <th class="num money" id="statement-charged"><c:out value="${cermin:rupiah(s.charged())}"/></th>
            <th class="num money" id="statement-paid"><c:out value="${cermin:rupiah(s.paid())}"/></th>
            <th class="num money" id="statement-closing"><c:out value="${cermin:rupiah(s.closing())}"/></th>
            <c:if test="${isBackOffice and not onHub}"><th class="no-print"></th></c:if>
        </tr></tfoot>
    </table>
    <h3 class="section-title"><fmt:message key="statement.open"/></h3>
    <table class="data" id="open-bons">
        <thead><tr>
            <th><fmt:message key="report.receipt"/></th>
            <th><fmt:message key="report.time"/></th>
            <c:if test="${onHub}"><th><fmt:message key="mirror.store"/></th></c:if>
            <th class="num"><fmt:message key="statement.age"/></th>
            <th class="num"><fmt:message key="statement.charged"/></th>
            <th class="num"><fmt:message key="statement.outstanding"/></th>
        </tr></thead>
        <tbody>
        <c:forEach items="${s.open()}" var="b">
            <tr>
                <td class="nowrap"><c:out value="${b.receiptNo()}"/></td>
                <td class="nowrap"><c:out value="${cermin:date(b.soldAt())}"/></td>
                <c:if test="${onHub}"><td><c:out value="${b.store()}"/></td></c:if>
                <td class="num"><fmt:message key="statement.days"><fmt:param value="${s.ages()[b.saleId()]}"/></fmt:message></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.amount())}"/></td>
                <td class="num money"><c:out value="${cermin:rupiah(b.outstanding())}"/></td>
            </tr>
        </c:forEach>
        <c:if test="${empty s.open()}"><tr><td colspan="${onHub ? 6 : 5}" class="muted"><fmt:message key="statement.noOpen"/></td></tr></c:if>
        </tbody>
    </table>
    <footer class="statement-foot">
        <p><fmt:message key="statement.fifo"/></p>
        <c:if test="${hasQris and s.closing() > 0}">
            <figure class="statement-qris"><img src="<c:url value='/qris'/>" alt="QRIS"><figcaption><fmt:message key="receipt.qris"/></figcaption></figure>
        </c:if>
    </footer>
</article>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
