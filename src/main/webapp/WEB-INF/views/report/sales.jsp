<fmt:message key="report.sales.title" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/>
        <small class="print-only"><c:out value="${from}"/> – <c:out value="${to}"/> <c:out value="${storeFilter}"/></small></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/laporan/masuk'/>"><fmt:message key="report.stockIn.title"/></a>
        <a class="btn" href="<c:url value='/laporan/piutang'/>"><fmt:message key="aging.title"/></a>
        <a class="btn" href="<c:url value='/laporan/shift'/>"><fmt:message key="shift.all"/></a>
        <a class="btn" href="<c:url value='/laporan/nilai-stok'/>"><fmt:message key="stockValue.title"/></a>
        <c:url value="/laporan/keluar/csv" var="csvUrl"><c:param name="dari" value="${from}"/><c:param name="sampai" value="${to}"/><c:if test="${not empty storeFilter}"><c:param name="toko" value="${storeFilter}"/></c:if></c:url>
        <a class="btn" id="csv-link" href="<c:out value='${csvUrl}'/>"><fmt:message key="report.csv"/></a>
        <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<c:if test="${not empty dateError}"><div class="alert alert-error" role="alert" id="date-error"><fmt:message key="${dateError}"/></div></c:if>
<div class="toolbar">
    <form method="get" action="<c:url value='/laporan/keluar'/>">
        <label><fmt:message key="report.from"/> <input type="date" name="dari" value="<c:out value='${from}'/>"></label>
        <label><fmt:message key="report.to"/> <input type="date" name="sampai" value="<c:out value='${to}'/>"></label>
        <t:store-filter/>
        <button type="submit" class="btn"><fmt:message key="report.show"/></button>
    </form>
</div>
<div class="table-wrap">
<table class="data" id="sales-report">
    <thead><tr>
        <th><fmt:message key="report.receipt"/></th>
        <c:if test="${not empty storeChoices}"><th><fmt:message key="report.store"/></th></c:if>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="receipt.cashier"/></th>
        <th><fmt:message key="receipt.customer"/></th>
        <th><fmt:message key="report.paidBy"/></th>
        <th class="num"><fmt:message key="report.items"/></th>
        <th class="num"><fmt:message key="kasir.total"/></th>
        <th class="num"><fmt:message key="report.profit"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${report.rows()}" var="r">
        <tr class="${r.voided ? 'archived' : ''}">
            <td class="name nowrap"><a href="<c:url value='/laporan/keluar/detail'><c:param name='id' value='${r.id()}'/></c:url>"><c:out value="${r.receiptNo()}"/></a></td>
            <c:if test="${not empty storeChoices}"><td class="store"><c:out value="${r.store()}"/></td></c:if>
            <td class="nowrap"><c:out value="${cermin:dateTime(r.soldAt())}"/></td>
            <td><c:out value="${r.cashier()}"/></td>
            <td><c:out value="${r.customer()}"/></td>
            <td class="paid-by"><c:forEach items="${r.paidBy()}" var="m" varStatus="i"><fmt:message key="method.${m.key}" var="methodName"/><c:out value="${(i.first ? '' : ', ') += methodName += ' ' += cermin:rupiah(m.value)}"/></c:forEach></td>
            <td class="num"><c:out value="${cermin:qty(r.items())}"/></td>
            <td class="num money"><span class="name"><c:out value="${cermin:rupiah(r.total())}"/></span></td>
            <td class="num money"><span class="name"><c:out value="${cermin:rupiah(r.profit())}"/></span></td>
            <td class="actions">
                <a class="btn btn-small reprint" href="<c:url value='/kasir/nota'><c:param name='id' value='${r.id()}'/><c:param name='salinan' value='1'/></c:url>"><fmt:message key="receipt.reprintShort"/></a>
                <c:choose>
                    <c:when test="${r.voided}">
                        <span class="badge badge-muted"><fmt:message key="report.voided"/></span>
                        <span class="muted"><c:out value="${r.voidReason()}"/> (<c:out value="${r.voidedBy()}"/>)</span>
                    </c:when>
                    <c:otherwise>
                        <fmt:message key="report.confirmVoid" var="confirmText"><fmt:param value="${r.receiptNo()}"/></fmt:message>
                        <form class="inline void-form" method="post" action="<c:url value='/laporan/keluar/batal'/>" data-confirm="<c:out value='${confirmText}'/>">
                            <t:csrf/>
                            <input type="hidden" name="id" value="<c:out value='${r.id()}'/>">
                            <input type="hidden" name="back" value="<c:out value='dari=${from}&sampai=${to}'/>">
                            <fmt:message key="report.voidReason" var="reasonLabel"/>
                            <input name="reason" maxlength="255" required placeholder="<c:out value='${reasonLabel}'/>" aria-label="<c:out value='${reasonLabel}'/>">
                            <button class="btn btn-small btn-danger"><fmt:message key="report.void"/></button>
                        </form>
                    </c:otherwise>
                </c:choose>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty report.rows()}"><tr><td colspan="${empty storeChoices ? 9 : 10}" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
    <tfoot><tr>
        <th colspan="${empty storeChoices ? 6 : 7}"><fmt:message key="report.totals"><fmt:param value="${report.count()}"/></fmt:message></th>
        <th class="num money" id="report-total"><c:out value="${cermin:rupiah(report.total())}"/></th>
        <th class="num money" id="report-profit"><c:out value="${cermin:rupiah(report.profit())}"/></th>
        <th></th>
    </tr></tfoot>
</table>
</div>
<t:takings takings="${takings}" title="report.takings"/>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
